/** echo levels: how many steps the output lags the input. */
export const ECHO_LEVELS = {
  'step-3': { echoStep: 3 },
  'step-8': { echoStep: 8 },
  'step-15': { echoStep: 15 },
} as const;
export type EchoLevelName = keyof typeof ECHO_LEVELS;

