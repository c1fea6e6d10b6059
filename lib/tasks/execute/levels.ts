/**
 * execute levels: `addition-D` adds two numbers below 10^D (D = 2..9; `addition` is the paper's
 * headline, 9 digits); `L<length>-N<nesting>` are the program levels of Zaremba & Sutskever.
 */
export interface ExecuteLevel {
  readonly kind: 'addition' | 'program';
  /** Digits of fresh operands. */
  readonly length: number;
  /** Composed operations (1 for addition). */
  readonly nesting: number;
}

const addition = (length: number): ExecuteLevel => ({ kind: 'addition', length, nesting: 1 });
const program = (length: number, nesting: number): ExecuteLevel => ({ kind: 'program', length, nesting });

export const EXECUTE_LEVELS = {
  'addition-2': addition(2),
  'addition-3': addition(3),
  'addition-4': addition(4),
  'addition-5': addition(5),
  'addition-6': addition(6),
  'addition-7': addition(7),
  'addition-8': addition(8),
  'addition-9': addition(9),
  addition: addition(9),
  'L1-N1': program(1, 1),
  'L2-N2': program(2, 2),
  'L4-N1': program(4, 1),
  'L4-N2': program(4, 2),
  'L6-N3': program(6, 3),
} as const satisfies Record<string, ExecuteLevel>;

export type ExecuteLevelName = keyof typeof EXECUTE_LEVELS;

/** The paper's curricula; the first is the default. */
export const CURRICULA = ['baseline', 'naive', 'mix', 'combined'] as const;
export type Curriculum = (typeof CURRICULA)[number];
