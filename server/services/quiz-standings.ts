/**
 * Standings and answer distributions of a live quiz round, as pure functions of what the server
 * stored (each answer's correctness and server-measured time). Nothing here keeps state: totals are
 * recomputed from the rows whenever they are shown, so a restart or a rejoin cannot lose a score.
 */
import type { Answer } from '../../lib/quiz/answers';
import type { Question } from '../../lib/quiz/schema';
import { scoreHistory, type AnswerOutcome, type PointsBreakdown, type ScoringMode } from '../../lib/quiz/scoring';
import { STUDENT_TOP_ROWS } from '../../lib/protocol/limits';
import type { QuizReveal, QuizStanding, QuizStandings } from '../../lib/protocol/quiz';

export interface RecordedAnswer {
  readonly participantId: string;
  readonly questionIndex: number;
  readonly correct: boolean;
  /** Server receipt time − question start, ms. */
  readonly elapsedMs: number;
  readonly answer: Answer;
}

export interface RoundPlayer {
  readonly id: string;
  readonly nickname: string;
}

export interface PlayerHistory {
  readonly player: RoundPlayer;
  /** One breakdown per closed question (a missing answer scores 0 and breaks the streak). */
  readonly perQuestion: readonly (PointsBreakdown & { readonly answered: boolean })[];
  readonly total: number;
  readonly streak: number;
}

/** One collator for every sort (String#localeCompare builds one per call: seconds over a class of 2,000). */
const collator = new Intl.Collator();

const key = (participantId: string, index: number) => `${participantId}#${index}`;

/** Each player's points per closed question, by lib/quiz's rules (`scoreHistory`). */
export function playerHistories(players: readonly RoundPlayer[], answers: readonly RecordedAnswer[], closedCount: number, timeLimitMs: number, mode: ScoringMode): PlayerHistory[] {
  const byKey = new Map(answers.map((a) => [key(a.participantId, a.questionIndex), a]));
  return players.map((player) => {
    const outcomes: AnswerOutcome[] = [];
    const answered: boolean[] = [];
    for (let i = 0; i < closedCount; i++) {
      const a = byKey.get(key(player.id, i));
      answered.push(!!a);
      // Not answering is a wrong answer for the streak (scoreHistory's contract).
      outcomes.push(a ? { correct: a.correct, elapsedMs: a.elapsedMs, timeLimitMs } : { correct: false, elapsedMs: timeLimitMs, timeLimitMs });
    }
    const scored = scoreHistory(outcomes, mode);
    return { player, perQuestion: scored.perQuestion.map((b, i) => ({ ...b, answered: answered[i]! })), total: scored.total, streak: scored.streak };
  });
}

/**
 * Standings after `closedCount` questions: highest score first; equal scores share a rank (1, 1, 3)
 * and are listed by nickname so the order does not flicker between broadcasts.
 */
export function computeStandings(players: readonly RoundPlayer[], answers: readonly RecordedAnswer[], closedCount: number, timeLimitMs: number, mode: ScoringMode): QuizStanding[] {
  const rows = playerHistories(players, answers, closedCount, timeLimitMs, mode).map((h) => {
    const last = h.perQuestion[closedCount - 1];
    return {
      participantId: h.player.id,
      nickname: h.player.nickname,
      score: h.total,
      streak: h.streak,
      correctCount: h.perQuestion.filter((b) => b.streakAfter > 0).length,
      lastCorrect: last && last.answered ? last.streakAfter > 0 : null,
      lastPoints: last?.points ?? 0,
      lastBonus: last?.streakBonus ?? 0,
    };
  });
  rows.sort((a, b) => b.score - a.score || collator.compare(a.nickname, b.nickname) || collator.compare(a.participantId, b.participantId));
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || r.score !== rows[i - 1]!.score) rank = i + 1;
    return { rank, ...r };
  });
}

/** How the players answered one question: picks per choice (single / multi), right, wrong, none. */
export function answerDistribution(question: Question, answers: readonly RecordedAnswer[], players: readonly RoundPlayer[]): Pick<QuizReveal, 'choiceCounts' | 'right' | 'wrong' | 'unanswered'> {
  const ids = new Set(players.map((p) => p.id));
  const mine = answers.filter((a) => ids.has(a.participantId));
  let choiceCounts: number[] | null = null;
  if (question.kind === 'single' || question.kind === 'multi') {
    const counts = question.choices.map(() => 0);
    for (const { answer } of mine) {
      const picked = answer.kind === 'single' ? [answer.choice] : answer.kind === 'multi' ? answer.choices : [];
      for (const c of picked) if (c >= 0 && c < counts.length) counts[c]!++;
    }
    choiceCounts = counts;
  }
  const right = mine.filter((a) => a.correct).length;
  return { choiceCounts, right, wrong: mine.length - right, unanswered: Math.max(0, ids.size - mine.length) };
}

/**
 * The standings as one student is sent them: the top rows and their own row (if it is further down).
 * `total` still counts everyone. Sending every student the whole class (2,000 rows to 2,000 sockets
 * after each question) was most of a reveal's cost in the load test; hosts still get every row.
 */
export function studentStandings(full: QuizStandings, participantId: string, top = STUDENT_TOP_ROWS): QuizStandings {
  const head = full.entries.slice(0, top);
  if (head.some((e) => e.participantId === participantId)) return { ...full, entries: head };
  const own = full.entries.find((e) => e.participantId === participantId);
  return { ...full, entries: own ? [...head, own] : head };
}
