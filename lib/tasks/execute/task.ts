/**
 * execute (seq2vec then seq2seq, encode-decode): program text in, the printed integer followed
 * by '.' out, one token per character. Inputs are front-padded to the level's longest possible
 * program (programLimits), so no sample is ever cut.
 *
 * Curricula (TrainStreamOptions.curriculum), from the paper, for a target (length a, nesting b):
 *   baseline — every sample at (a, b);
 *   naive    — stages (1,1), (2,1) … (a,1), (1,2) … (a,b): length first, then nesting with length
 *              reset; a stage lasts CURRICULUM_STAGE_BATCHES batches (the paper moved on when
 *              validation stopped improving; a stream cannot see validation, so it counts);
 *   mix      — each sample at length uniform in 1..a and nesting uniform in 1..b;
 *   combined — each sample mix with probability 1/5, naive otherwise.
 * Addition levels have one knob (length); their curricula step only the length.
 * Hidden splits are always at the target difficulty. Hidden bucket: 1 program text in 16.
 */
import type { TaskInstance } from '../types';
import { generatedTask, type DrawContext } from '../core/generated';
import { hashIds, hashString, ONE_IN_16 } from '../core/hash';
import { exactMatchAccumulator } from '../core/metrics';
import { chance, randInt, type Rng } from '../core/rng';
import { createVocabulary } from '../core/vocab';
import { CURRICULA, EXECUTE_LEVELS, type ExecuteLevel, type ExecuteLevelName } from './levels';
import { generateAddition, generateProgram, programLimits, type Program } from './programs';

export const CURRICULUM_STAGE_BATCHES = 200;
export const PROGRAM_CHARS: readonly string[] = [...'\n ()*+-:<=>0123456789abcdefghijklmnopqrstuvwxyz'];
export const ANSWER_CHARS: readonly string[] = [...'0123456789-.'];

const SALT = hashString('execute');

/** (length, nesting) of the sample to draw now. */
function difficulty(level: ExecuteLevel, context: DrawContext, rng: Rng): [number, number] {
  const a = level.length;
  const b = level.nesting;
  const mix = (): [number, number] => [randInt(rng, 1, a), randInt(rng, 1, b)];
  const naive = (): [number, number] => {
    const stage = Math.min(Math.floor(context.batchIndex / CURRICULUM_STAGE_BATCHES), a * b - 1);
    return [(stage % a) + 1, Math.floor(stage / a) + 1];
  };
  if (context.batchIndex < 0) return [a, b];
  switch (context.curriculum) {
    case 'naive':
      return naive();
    case 'mix':
      return mix();
    case 'combined':
      return chance(rng, 0.2) ? mix() : naive();
    default:
      return [a, b];
  }
}

function limits(level: ExecuteLevel): { code: number; answer: number } {
  if (level.kind === 'program') return programLimits(level.length, level.nesting);
  const top = 10 ** level.length - 1;
  return { code: `print(${top}+${top})`.length, answer: String(2 * top).length + 1 };
}

export function executeTask(levelName: ExecuteLevelName): TaskInstance {
  const level = EXECUTE_LEVELS[levelName];
  const inputVocab = createVocabulary(PROGRAM_CHARS, { join: '' });
  const outputVocab = createVocabulary(ANSWER_CHARS, { join: '', eos: true });
  // Character → id tables: programs are strings anyway, so a code-unit lookup is the fast path.
  const inTable = new Int32Array(128).fill(-1);
  for (const ch of PROGRAM_CHARS) inTable[ch.charCodeAt(0)] = inputVocab.id(ch);
  const outTable = new Int32Array(128).fill(-1);
  for (const ch of ANSWER_CHARS) outTable[ch.charCodeAt(0)] = outputVocab.id(ch);
  const encode = (text: string, table: Int32Array): Int32Array => {
    const ids = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) ids[i] = table[text.charCodeAt(i)]!;
    return ids;
  };
  const max = limits(level);
  return generatedTask({
    taskId: 'execute',
    level: levelName,
    shape: { head: 'encode-decode', inputVocab: inputVocab.size, outputVocab: outputVocab.size, inLen: max.code, outLen: max.answer + 1, streamed: false },
    inputVocab,
    outputVocab,
    metric: { name: 'exact-match', higherIsBetter: true, unit: '%' },
    chanceScore: 0,
    hiddenBucket: ONE_IN_16,
    defaultHiddenSize: 512,
    curricula: CURRICULA,
    draw(rng, context) {
      const [length, nesting] = difficulty(level, context, rng);
      const p: Program = level.kind === 'addition' ? generateAddition(rng, length) : generateProgram(rng, length, nesting);
      const input = encode(p.code, inTable);
      return { input, target: encode(`${p.value}.`, outTable), key: hashIds(input, SALT) };
    },
    newAccumulator: () => exactMatchAccumulator(outputVocab.size, 'charAccuracy'),
  });
}
