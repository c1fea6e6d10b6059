/**
 * A simulated student for the crash suite: joins once, comes back with its kept token after every
 * reconnection (as app/_lib/use-student-room.ts does), submits real model files at random intervals,
 * and keeps a log of every submission the server acknowledged.
 */
import { ask, openSocket, sleep, type ClientSocket } from './clients';

export interface StudentOptions {
  url: string;
  code: string;
  challengeId: string;
  nickname: string;
  models: readonly Uint8Array[];
  random: () => number;
  /** Pause between two submissions, ms (uniform in [min, max]). */
  gapMs: [number, number];
}

export class CrashStudent {
  readonly socket: ClientSocket;
  private token: string | null = null;
  private running = false;
  private loop: Promise<void> | null = null;
  joined = false;
  /** When each successful join or rejoin was acknowledged (ms epoch), oldest first. */
  readonly joinedAt: number[] = [];
  /** When each connection (first or re-) was established (ms epoch), oldest first. */
  readonly connectedAt: number[] = [];
  /** Acknowledged submissions: submission id → when the ack arrived (ms epoch). */
  readonly acked = new Map<string, number>();
  /** Submissions without an answer (the server died first) and refusals by error code. */
  unanswered = 0;
  readonly refused = new Map<string, number>();
  /** The first cold join: ms from opening the socket to the join ack (a baseline for rejoins). */
  coldJoinMs = NaN;

  constructor(private readonly opts: StudentOptions) {
    const opened = Date.now();
    this.socket = openSocket(opts.url);
    this.socket.on('connect', () => void this.onConnect(opened));
    this.socket.on('disconnect', () => {
      this.joined = false;
    });
  }

  private async onConnect(opened: number): Promise<void> {
    this.connectedAt.push(Date.now());
    if (this.socket.recovered && this.token) {
      this.joined = true;
      this.joinedAt.push(Date.now());
      return;
    }
    const { code, nickname } = this.opts;
    try {
      const reply = this.token ? await ask(this.socket, 'room:rejoin', { code, token: this.token }) : await ask(this.socket, 'room:join', { code, nickname });
      if (!reply.ok) return this.count(`join:${reply.error.code}`);
      if (!this.token) this.coldJoinMs = Date.now() - opened;
      this.token ??= reply.data.token as string;
      this.joined = true;
      this.joinedAt.push(Date.now());
    } catch {
      // The server died while we were joining: the next 'connect' tries again.
    }
  }

  /** Resolves once the first join succeeded. */
  async ready(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.joinedAt.length === 0) {
      if (Date.now() > deadline) throw new Error(`${this.opts.nickname} could not join within ${timeoutMs} ms`);
      await sleep(20);
    }
  }

  /** The first join or rejoin acknowledged after `since` (ms epoch), if any. */
  joinedSince(since: number): number | undefined {
    return this.joinedAt.find((t) => t > since);
  }

  /** The first connection established after `since` (ms epoch), if any. */
  connectedSince(since: number): number | undefined {
    return this.connectedAt.find((t) => t > since);
  }

  startSubmitting(): void {
    this.running = true;
    this.loop = this.submitLoop();
  }

  /** Stops submitting and waits until no submission is waiting for its ack. */
  async stopSubmitting(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  close(): void {
    this.socket.disconnect();
  }

  private count(key: string): void {
    this.refused.set(key, (this.refused.get(key) ?? 0) + 1);
  }

  private async submitLoop(): Promise<void> {
    const { code, challengeId, models, random, gapMs } = this.opts;
    while (this.running) {
      await sleep(gapMs[0] + random() * (gapMs[1] - gapMs[0]));
      if (!this.running || !this.joined) continue;
      const model = models[Math.floor(random() * models.length)]!;
      try {
        const reply = await ask(this.socket, 'challenge:submit', { code, challengeId, model, claimedScore: null });
        if (reply.ok) this.acked.set(reply.data.submissionId as string, Date.now());
        else {
          this.count(reply.error.code as string);
          if (reply.error.code === 'submission-limit') this.running = false;
        }
      } catch {
        this.unanswered++;
      }
    }
  }
}
