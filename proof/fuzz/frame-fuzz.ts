/**
 * Below socket.io-client: raw WebSocket frames to /socket.io/ — garbage, broken packet encodings,
 * binary where text is expected and the reverse, binary events whose attachment placeholders lie,
 * reserved and non-string event names, acks nobody asked for, other namespaces, duplicate JSON keys,
 * deep JSON. A frame is either answered (an error ack, or the connection closed for a protocol
 * error) or harmlessly ignored (a probe on the same connection is still answered); none may write.
 */
import fc from 'fast-check';
import WebSocket from 'ws';
import { CLIENT_EVENTS, type ClientEventName } from '../../lib/protocol/events';
import { EVENT_ROWS } from '../access-table';
import { clearError, type Tally } from './tally';
import { describe, hostileValue, mutated } from './values';
import type { World } from './world';

export type Frame = string | Uint8Array;
export interface FrameCase {
  kind: string;
  frames: Frame[];
}

const ACK_ID = 7;
const PROBE_ID = 99;

export function frameCases(world: World): fc.Arbitrary<FrameCase> {
  const hostile = hostileValue(world.plausible);
  const events = Object.keys(CLIENT_EVENTS) as ClientEventName[];
  const json = (v: unknown) => JSON.stringify(v, (_k, x) => (x instanceof Uint8Array ? { _placeholder: true, num: 0 } : x)) ?? 'null';
  const example = fc.constantFrom(...events).chain((e) => mutated(EVENT_ROWS[e].example(world.fuzz), hostile).map((p) => [e, p] as const));
  const names = fc.oneof(fc.constantFrom(...events), fc.constantFrom('disconnect', 'connect', 'newListener', 'removeListener', 'error', '__proto__', 'constructor'), fc.integer(), fc.constant(null), fc.jsonValue({ maxDepth: 1 }));
  const ackPart = fc.constantFrom(String(ACK_ID), '', '-1', 'x', '99999999999999999999', '0');
  const c = (kind: string, arb: fc.Arbitrary<Frame[]>) => arb.map((frames) => ({ kind, frames }));
  const overLimit = c('frame over the size limit', fc.constant([`42["room:join",{"code":"${'Z'.repeat(6_000_000)}"}]`]));
  const kinds = fc.oneof(
    c('garbage text', fc.string({ unit: 'binary', maxLength: 200 }).map((s) => [s])),
    c('message of garbage', fc.string({ unit: 'binary', maxLength: 200 }).map((s) => [`4${s}`])),
    c('event, hostile name/payload', fc.tuple(ackPart, names, hostile).map(([ack, n, p]) => [`42${ack}${json([n, p])}`])),
    c('event, broken example', fc.tuple(ackPart, example).map(([ack, [e, p]]) => [`42${ack}${json([e, p])}`])),
    c(
      'event, cut or spliced JSON',
      fc.tuple(example, fc.nat(), fc.string({ maxLength: 3 })).map(([[e, p], at, s]) => {
        const text = json([e, p]);
        const cut = at % (text.length + 1);
        return [`42${ACK_ID}${text.slice(0, cut)}${s}`];
      }),
    ),
    c(
      'event, textual tricks',
      fc.constantFrom(
        `42${ACK_ID}["room:join",{"code":"ZZZZZZ","nickname":"a","nickname":"b"}]`,
        `42${ACK_ID}["room:join",{"__proto__":{"code":"ZZZZZZ"},"nickname":"a"}]`,
        `42${ACK_ID}["host:end-session",{"code":"ZZZZZZ","constructor":{"prototype":{"isAdmin":true}}}]`,
        `42${ACK_ID}["room:join"]`,
        `42${ACK_ID}[]`,
        `42${ACK_ID}{}`,
        `42${ACK_ID}[${'['.repeat(50_000)}`,
        `42${ACK_ID}["room:join",${'['.repeat(20_000)}${']'.repeat(20_000)}]`,
        `42${ACK_ID}["room:join",{"code":"\\ud800","nickname":"\\u0000"}]`,
      ).map((f) => [f]),
    ),
    c(
      'binary event, lying placeholders',
      fc
        .tuple(fc.constantFrom('0', '1', '2', '1000', '-1', 'x', '1e3'), fc.constantFrom<unknown>(0, 1, 2, -1, 999, '0', 1.5, null, 'proto'), fc.nat({ max: 3 }), fc.constantFrom(...events))
        .map(([count, num, attachments, e]) => [
          `45${count}-${ACK_ID}${JSON.stringify([e, { code: world.fuzz.code, challengeId: world.fuzz.challengeId, model: { _placeholder: true, num } }])}`,
          ...Array.from({ length: attachments }, () => new Uint8Array([0x55, 0x4e, 0x52, 0x4c, 1, 2, 3])),
        ]),
    ),
    c('binary frame where text is expected', fc.uint8Array({ maxLength: 300 }).map((b) => [b])),
    c('acks nobody asked for', fc.tuple(fc.constantFrom('43', '46'), fc.nat(), hostile).map(([t, id, p]) => [`${t}${id}${json([p])}`])),
    c('namespaces and control packets', fc.constantFrom('40/admin,', '40/admin,{"token":1}', '41', '44{"message":"x"}', '40{"auth":1}', '40', '1', '2', '3', '5', '6', '2probe', '').map((f) => [f])),
  );
  return fc.oneof({ weight: 1, arbitrary: overLimit }, { weight: 50, arbitrary: kinds });
}

class RawConnection {
  readonly received: string[] = [];
  closed = false;
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data, isBinary) => {
      const text = isBinary ? '<binary>' : String(data);
      if (text === '2') ws.send('3'); // engine.io ping → pong
      this.received.push(text);
      this.wake();
    });
    ws.on('close', () => ((this.closed = true), this.wake()));
    ws.on('error', () => ((this.closed = true), this.wake()));
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  static async open(url: string): Promise<RawConnection> {
    const conn = new RawConnection(new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { localAddress: '127.0.0.253' }));
    await conn.until((t) => t.startsWith('0{'), 10_000);
    conn.ws.send('40');
    await conn.until((t) => t.startsWith('40{'), 10_000);
    return conn;
  }

  /** The first received frame matching, or null once closed or after `ms`. */
  async until(match: (text: string) => boolean, ms: number): Promise<string | null> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.received.find(match);
      if (hit !== undefined) return hit;
      if (this.closed || Date.now() > deadline) return null;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.max(1, deadline - Date.now()));
        this.waiters.push(() => (clearTimeout(t), resolve()));
      });
    }
  }
}

let conn: RawConnection | null = null;

export async function runFrameCase(world: World, c: FrameCase, tally: Tally): Promise<string | null> {
  if (!conn || conn.closed) conn = await RawConnection.open(world.url);
  const what = `${c.kind}: ${describe(c.frames.map((f) => (typeof f === 'string' ? f : `<${f.length} bytes>`)))}`;
  tally.sent++;
  tally.count(tally.perTarget, c.kind);
  const before = world.changes();
  conn.received.length = 0;
  for (const f of c.frames) conn.ws.send(f);
  conn.ws.send(`42${PROBE_ID}["fuzz:probe",{}]`);
  const probe = await conn.until((t) => t.startsWith(`43${PROBE_ID}`), 10_000);
  // Acks to the case's frames (whatever ack id a frame carried), not the probe's.
  const acks = conn.received.flatMap((t) => {
    const m = /^43(\d+)(\[[\s\S]*)$/.exec(t);
    return m && Number(m[1]) !== PROBE_ID ? [JSON.parse(m[2]!)[0] as { ok?: boolean; error?: { code?: string } }] : [];
  });
  const wrote = world.changes() !== before;
  if (probe === null && !conn.closed) return tally.violation(`the connection hung: ${what}`);
  if (acks.some((a) => a?.ok === true)) {
    // Only a join can succeed on an anonymous connection; it must be a valid one.
    const sent = /^42\d*(\[[\s\S]*)$/.exec(typeof c.frames[0] === 'string' ? c.frames[0] : '');
    const [event, payload] = sent ? (JSON.parse(sent[1]!) as [unknown, unknown]) : [];
    if (event !== 'room:join' || !CLIENT_EVENTS['room:join'].payload.safeParse(payload).success) return tally.violation(`accepted: ${what}`);
    tally.outcome('accepted');
    tally.accepted.push(`raw ${event}`);
    conn.ws.close();
    await world.settle();
    return null;
  }
  if (acks.length) {
    for (const a of acks) tally.count(tally.errorCodes, String(a?.error?.code));
    const unclear = acks.map((a) => clearError(a?.error)).find((u) => u !== null);
    if (unclear) return tally.violation(`${unclear} for ${what}`);
    tally.outcome('refused: clear error');
  } else if (conn.closed) tally.outcome('refused: connection closed (protocol error)');
  else tally.outcome('ignored (the connection still answers)');
  return wrote ? tally.violation(`changed the database: ${what}`) : null;
}

export function closeFrameConnection(): void {
  conn?.ws.close();
  conn = null;
}
