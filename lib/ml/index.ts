/**
 * lib/ml: recurrent models for the browser's training Worker, the CLI and the server's scoring
 * workers — one implementation. See README.md in this folder for the design and the bench figures.
 */
export * from './config';
export { useBackend, type BackendName, type BackendOptions } from './backend';
export { RecurrentModel, buildModel, type LossOptions, type ProbeTrace } from './model';
export type { ModelParam } from './params';
export { StateCarry } from './state-carry';
export { Trainer, makeOptimizer, type TrainableTask, type TrainerOptions, type TrainProgress } from './trainer';
export { scoreBatches, scoreHidden, type HiddenScore, type ScorableTask, type ScoreResult } from './score';
export * from './model-format';
