/**
 * The quiz library: question bank per lecture topic, answer checking, scoring, import/export and
 * self-review. Pure TypeScript (no DOM, no Node APIs): the same code runs in the browser and on the
 * server. Live-round socket handlers and UI are built on top of this API elsewhere.
 */
export * from './topics';
export * from './schema';
export * from './answers';
export * from './public-view';
export * from './scoring';
export * from './bank-io';
export * from './json-locator';
export * from './review';
export * from './pick';
export * from './param-counts';
export { createRng, deriveSeed, type QuizRng } from './rng';
export { STATIC_QUESTIONS, QUESTION_GENERATORS, buildBank, generateQuestion, generatorById, findBuiltInQuestion, type QuestionGenerator } from './bank';
