/** Sizes and rates the protocol is built around; the server and the clients read them from here. */

/** Largest socket.io message the server accepts (bytes): a model file (MAX_MODEL_BYTES) plus framing. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024 + 128 * 1024;
/** Largest JSON request body for the REST API (bytes). */
export const MAX_JSON_BODY_BYTES = 64 * 1024;
/** Socket events a single socket may send per second on average, and in a burst. */
export const SOCKET_EVENTS_PER_SECOND = 20;
export const SOCKET_EVENT_BURST = 40;
/** Failed join attempts (wrong codes, taken nicknames, bad tokens) per client address per minute. */
export const JOIN_ATTEMPTS_PER_MINUTE = 30;
/** Failed sign-ins per account name and per address per 15 minutes. */
export const LOGIN_FAILURES_PER_WINDOW = 5;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/**
 * Rows of a leaderboard or quiz standings sent to each student: the top this many, plus their own row.
 * Hosts and projectors get every row.
 */
export const STUDENT_TOP_ROWS = 10;
/**
 * How a browser retries a lost connection (socket.io-client's backoff: 0.5 s, doubling, at most 1 s,
 * ±50%). With at most 2 s between tries, the crash suite's time to rejoin after a restart reached
 * p99 5.3 s once; a class of 2,000 retrying at most once a second is still little load.
 */
export const RECONNECT_OPTIONS = { reconnectionDelay: 500, reconnectionDelayMax: 1000 } as const;
