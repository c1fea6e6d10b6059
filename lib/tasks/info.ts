/**
 * What every task is, without loading any of its data (no AFINN, no Moby Dick): import this file,
 * not index.ts, where only names, levels and links are needed (task cards, menus, the host form).
 */
import type { TaskId, TaskInfo } from './types';
import { CAPTION_LEVELS } from './caption/levels';
import { ECHO_LEVELS } from './echo/levels';
import { EXECUTE_LEVELS } from './execute/levels';
import { LM_LEVELS } from './lm/levels';
import { SENTIMENT_LEVELS } from './sentiment/levels';
import { TEMPORAL_ORDER_LEVELS } from './temporal-order/levels';
import { TRANSLATE_LEVELS } from './translate/levels';

const VIDEO = 'https://youtu.be/5KSGNomPJTE';

/**
 * What a level asks for, as the values of the task's `level` message (messages/<locale>/tasks.json),
 * so the launch form and the task card can say "hard — 100–110 symbols long" instead of a bare id.
 */
export function levelDetails(taskId: TaskId, level: string): Record<string, string | number> {
  switch (taskId) {
    case 'temporal-order': {
      const l = TEMPORAL_ORDER_LEVELS[level as keyof typeof TEMPORAL_ORDER_LEVELS];
      return l ? { level, min: l.length[0], max: l.length[1] } : { level, min: 0, max: 0 };
    }
    case 'execute': {
      const l = EXECUTE_LEVELS[level as keyof typeof EXECUTE_LEVELS];
      return { level, kind: l?.kind ?? 'other', length: l?.length ?? 0, nesting: l?.nesting ?? 0 };
    }
    case 'translate':
      return { level, digits: TRANSLATE_LEVELS[level as keyof typeof TRANSLATE_LEVELS]?.digits ?? 0 };
    case 'echo':
      return { level, step: ECHO_LEVELS[level as keyof typeof ECHO_LEVELS]?.echoStep ?? 0 };
    case 'caption':
      return { level, shapes: CAPTION_LEVELS[level as keyof typeof CAPTION_LEVELS]?.maxShapes ?? 0 };
    default:
      return { level };
  }
}

export const TASKS: Record<TaskId, TaskInfo> = {
  'temporal-order': {
    id: 'temporal-order', diagram: 'seq2vec', head: 'classify',
    levels: Object.keys(TEMPORAL_ORDER_LEVELS), defaultLevel: 'easy',
    // The task exists to show vanishing gradients and what gating fixes (lecture section 10).
    videoUrl: `${VIDEO}?t=3068`,
  },
  sentiment: {
    id: 'sentiment', diagram: 'seq2vec', head: 'classify',
    levels: Object.keys(SENTIMENT_LEVELS), defaultLevel: 'mixed',
    videoUrl: `${VIDEO}?t=1383`, // sequence to vector: review → stars
  },
  execute: {
    id: 'execute', diagram: 'seq2vec', head: 'encode-decode',
    levels: Object.keys(EXECUTE_LEVELS), defaultLevel: 'addition-4',
    videoUrl: `${VIDEO}?t=1461`, // learning to execute
  },
  translate: {
    id: 'translate', diagram: 'seq2vec2seq', head: 'encode-decode',
    levels: Object.keys(TRANSLATE_LEVELS), defaultLevel: 'below-10000',
    videoUrl: `${VIDEO}?t=1654`, // sequence to vector to sequence
  },
  echo: {
    id: 'echo', diagram: 'seq2seq', head: 'tag',
    levels: Object.keys(ECHO_LEVELS), defaultLevel: 'step-3',
    // Chunks with the state carried across them: back-propagation through time, truncated.
    videoUrl: `${VIDEO}?t=2312`,
  },
  lm: {
    id: 'lm', diagram: 'seq2seq', head: 'tag',
    levels: LM_LEVELS, defaultLevel: 'moby-dick',
    videoUrl: `${VIDEO}?t=2871`, // training example: language model, batch-ification
  },
  caption: {
    id: 'caption', diagram: 'vec2seq', head: 'vec-decode',
    levels: Object.keys(CAPTION_LEVELS), defaultLevel: 'shapes-3',
    videoUrl: `${VIDEO}?t=972`, // vector to sequence: image captioning
  },
};
