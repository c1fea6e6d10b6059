/** Shared fixtures for the quiz tests (not a test file itself). */
import type { Question } from './schema';

/** Bilingual text for fixtures: the Korean side is marked so tests can tell the two apart. */
export const fixtureText = (en: string, ko = `${en} (한국어)`) => ({ en, ko });
const bi = fixtureText;
const common = {
  topic: 'gating',
  prompt: bi('What does the forget gate do?'),
  explanation: bi('It scales the old cell state.'),
  videoUrl: 'https://youtu.be/5KSGNomPJTE?t=3477',
} as const;

/** One valid question of each kind; tests break copies of them. */
export const VALID: Record<Question['kind'], Question> = {
  single: { ...common, id: 'x-single', kind: 'single', choices: [bi('a'), bi('b'), bi('c')], answer: 2 },
  multi: { ...common, id: 'x-multi', kind: 'multi', choices: [bi('a'), bi('b'), bi('c')], answers: [0, 2] },
  numeric: { ...common, id: 'x-numeric', kind: 'numeric', answer: 144, tolerance: 0, unit: bi('parameters', '개') },
  ordering: { ...common, id: 'x-ordering', kind: 'ordering', items: [bi('a'), bi('b'), bi('c')], answer: [2, 0, 1] },
};
