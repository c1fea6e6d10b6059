/** lm levels: the built-in corpora (an instructor's upload is the level 'imported'). */
export const LM_LEVELS = ['moby-dick'] as const;
export type LmLevelName = (typeof LM_LEVELS)[number];
