/**
 * Live quiz round events (client→server with payload + ack schemas; server→client payloads), spread
 * into CLIENT_EVENTS / SERVER_EVENTS by ./events.ts. Same shape as the entries there.
 */
export const QUIZ_CLIENT_EVENTS = {} as const;
export const QUIZ_SERVER_EVENTS = {} as const;
