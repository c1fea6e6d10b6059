/**
 * Programs for "Learning to Execute" (Zaremba & Sutskever 2014): valid Python that one
 * left-to-right pass can evaluate, ending in print(...). Two knobs: `length` = digits of fresh
 * operands (each uniform in [0, 10^length)), `nesting` = how many operations are composed.
 *
 * Operations (each wraps the expression built one nesting level below, `sub`):
 *   a+b, a-b (sub on a random side) · sub*k with k in [1, 4·length] (either side) ·
 *   v=sub then v (assignment followed by use) · v=sub; for x in range(L): v+=b (or -=), L in
 *   [1, 4·length] · (c if a>b else d) (or <) with sub in one random slot of the four.
 * Every variable name is used once per program, so a later statement never changes an earlier
 * expression's value. Values stay far below 2^53 (at most ~10^11 at length 6, nesting 3), so
 * JavaScript numbers compute exactly what Python prints, negatives included.
 */
import { chance, pick, randInt, shuffleInPlace, type Rng } from '../core/rng';

export interface Program {
  /** Python source, lines joined by '\n'. */
  readonly code: string;
  /** What print(...) shows. */
  readonly value: number;
}

export const OPS = ['+', '-', '*', '=', 'for', 'if'] as const;
export type Op = (typeof OPS)[number];
// No i, l, o (easy to misread) and no x (the loop variable).
const VARIABLES = [...'abcdefghjkmnpqrstuvwyz'];

/**
 * Where a program's choices come from: random (generateProgram) or fixed, so that programLimits
 * can render the widest program of every op sequence with the very same code.
 */
interface Choices {
  op(): Op;
  /** A fresh operand, uniform in [0, 10^length). */
  operand(): number;
  /** A small count in [1, 4·length] (multiplier, loop count). */
  small(): number;
  coin(): boolean;
  /** 0..3: which slot of the conditional holds the nested expression. */
  slot(): number;
}

interface Expr {
  readonly text: string;
  readonly value: number;
}

function lit(c: Choices): Expr {
  const v = c.operand();
  return { text: String(v), value: v };
}

function compose(c: Choices, nesting: number, lines: string[], vars: string[]): Expr {
  if (nesting === 0) return lit(c);
  const sub = compose(c, nesting - 1, lines, vars);
  const op = c.op();
  switch (op) {
    case '+':
    case '-': {
      const other = lit(c);
      const [a, b] = c.coin() ? [sub, other] : [other, sub];
      return { text: `(${a.text}${op}${b.text})`, value: op === '+' ? a.value + b.value : a.value - b.value };
    }
    case '*': {
      const k = c.small();
      return { text: c.coin() ? `(${sub.text}*${k})` : `(${k}*${sub.text})`, value: sub.value * k };
    }
    case '=': {
      const v = vars.pop()!;
      lines.push(`${v}=${sub.text}`);
      return { text: v, value: sub.value };
    }
    case 'for': {
      const v = vars.pop()!;
      const times = c.small();
      const step = c.operand();
      const add = c.coin();
      lines.push(`${v}=${sub.text}`, `for x in range(${times}):`, `  ${v}${add ? '+' : '-'}=${step}`);
      return { text: v, value: sub.value + (add ? 1 : -1) * times * step };
    }
    case 'if': {
      const slots = [sub, lit(c), lit(c), lit(c)];
      const at = c.slot();
      [slots[0], slots[at]] = [slots[at]!, slots[0]!];
      const [then, left, right, otherwise] = slots as [Expr, Expr, Expr, Expr];
      const greater = c.coin();
      const holds = greater ? left.value > right.value : left.value < right.value;
      return {
        text: `(${then.text} if ${left.text}${greater ? '>' : '<'}${right.text} else ${otherwise.text})`,
        value: holds ? then.value : otherwise.value,
      };
    }
  }
}

function render(c: Choices, nesting: number, vars: string[]): Program {
  const lines: string[] = [];
  const e = compose(c, nesting, lines, vars);
  lines.push(`print(${e.text})`);
  return { code: lines.join('\n'), value: e.value };
}

/** A program of `nesting` composed operations on `length`-digit operands. */
export function generateProgram(rng: Rng, length: number, nesting: number): Program {
  const top = 10 ** length - 1;
  return render(
    {
      op: () => pick(rng, OPS),
      operand: () => randInt(rng, 0, top),
      small: () => randInt(rng, 1, 4 * length),
      coin: () => chance(rng, 0.5),
      slot: () => randInt(rng, 0, 3),
    },
    nesting,
    shuffleInPlace(rng, [...VARIABLES]),
  );
}

/** The paper's addition task: print(a+b) with a, b uniform below 10^length. */
export function generateAddition(rng: Rng, length: number): Program {
  const a = randInt(rng, 0, 10 ** length - 1);
  const b = randInt(rng, 0, 10 ** length - 1);
  return { code: `print(${a}+${b})`, value: a + b };
}

/**
 * The longest program text and the longest printed answer (with '.') any program of this
 * (length, nesting) can have, so batches can be padded to a fixed shape with no sample ever cut.
 * Code: the widest rendering (every operand 10^length − 1, every count 4·length) of each of the
 * 6^nesting op sequences. Answer: a bound on |value| per sequence, plus a sign and the '.'.
 */
export function programLimits(length: number, nesting: number): { code: number; answer: number } {
  const top = 10 ** length - 1;
  let code = 0;
  let magnitude = 0;
  const visit = (ops: Op[]): void => {
    if (ops.length < nesting) {
      for (const op of OPS) visit([...ops, op]);
      return;
    }
    let i = 0;
    const widest = render(
      { op: () => ops[i++]!, operand: () => top, small: () => 4 * length, coin: () => true, slot: () => 0 },
      nesting,
      [...VARIABLES],
    );
    code = Math.max(code, widest.code.length);
    let m = top;
    for (const op of ops) m = op === '*' ? m * 4 * length : op === 'for' ? m + 4 * length * top : op === '=' ? m : m + top;
    magnitude = Math.max(magnitude, m);
  };
  visit([]);
  return { code, answer: String(magnitude).length + 2 };
}
