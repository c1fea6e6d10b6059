/** The quiz domain in one object for the app context: the instructor's question bank and live rounds. */
import type { Db } from '../../db/client';
import { QuizBank } from './quiz-bank';
import { QuizRounds } from './quiz-rounds';

export class Quiz {
  readonly bank: QuizBank;
  readonly rounds: QuizRounds;

  constructor(db: Db, now: () => number = Date.now) {
    this.bank = new QuizBank(db, now);
    this.rounds = new QuizRounds(db, this.bank, now);
  }

  close(): void {
    this.rounds.stopTimers();
  }
}
