/** What the main thread sends a scoring worker, and what comes back. Plain data (structured clone). */
import type { TaskId } from '../../lib/tasks/types';

export interface ScoreJob {
  challengeId: string;
  taskId: TaskId;
  level: string;
  datasetId: string | null;
  /** The dataset's name, as the model file's header names it (dataset challenges). */
  datasetName: string | null;
  dataDir: string;
  secret: string;
  publicFraction: number;
  maxParameters: number;
  /** The model file (already validated once on arrival). */
  model: Uint8Array;
}

export interface ScoreOutcome {
  public: number;
  private: number;
  value: number;
}
