/** Makes real model files for tests: a freshly initialised model of a task, serialised. */
import * as tf from '@tensorflow/tfjs';
import { resolveModelConfig, type ModelConfigInput } from '../../lib/ml/config';
import { RecurrentModel } from '../../lib/ml/model';
import { serializeModel } from '../../lib/ml/model-format';
import { getTaskInstance, type TaskId } from '../../lib/tasks/index';

export async function modelFile(taskId: TaskId, level: string, config: ModelConfigInput = {}): Promise<Uint8Array> {
  if (tf.getBackend() !== 'cpu') await tf.setBackend('cpu');
  const instance = getTaskInstance(taskId, level);
  const resolved = resolveModelConfig(config, instance.shape);
  const model = new RecurrentModel(resolved, instance.shape);
  try {
    return serializeModel({ taskId, level }, resolved, instance.shape, model.getWeights());
  } finally {
    model.dispose();
  }
}
