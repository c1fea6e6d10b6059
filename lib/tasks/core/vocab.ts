/**
 * Vocabularies: token text ↔ id. Id 0 is always padding (shown as ''); decoder output vocabularies
 * put EOS at id 1 (it doubles as the decoder's GO symbol, see types.ts). Class vocabularies of
 * `classify` tasks are the one exception: ids are class indices 0..C-1 with no padding token,
 * because TaskShape.outputVocab counts classes and the model emits one logit per class.
 */
import { EOS_ID, PAD_ID, type Vocabulary } from '../types';

export const EOS_TOKEN = '<eos>';
export const UNK_TOKEN = '<unk>';

export interface VocabularyOptions {
  /** '' = one token per character (code point); ' ' = words (see splitWords). */
  readonly join: '' | ' ';
  /** Reserve id 1 for EOS (decoder outputs). */
  readonly eos?: boolean;
  /** Map unknown tokens to an UNK id instead of throwing. */
  readonly unk?: boolean;
}

export interface TaskVocabulary extends Vocabulary {
  /** The id of a token, or the UNK id, or -1 when there is no UNK. */
  id(token: string): number;
  readonly unkId: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const NO_SPACE_BEFORE = new Set([',', '.', '!', '?', ';', ':', ')']);

/** Lower-cased words, with each punctuation mark as its own token: "Good, not GREAT!" → good , not great ! */
export function splitWords(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** Joins word tokens back into readable text (no space before punctuation). */
export function joinWords(tokens: readonly string[]): string {
  let out = '';
  for (const t of tokens) out += out === '' || NO_SPACE_BEFORE.has(t) ? t : ` ${t}`;
  return out;
}

export function createVocabulary(symbols: readonly string[], options: VocabularyOptions): TaskVocabulary {
  const tokens = ['', ...(options.eos ? [EOS_TOKEN] : []), ...(options.unk ? [UNK_TOKEN] : []), ...symbols];
  const ids = new Map<string, number>();
  tokens.forEach((t, i) => {
    if (i !== PAD_ID && ids.has(t)) throw new Error(`Vocabulary has "${t}" twice.`);
    if (i !== PAD_ID) ids.set(t, i);
  });
  const unkId = options.unk ? ids.get(UNK_TOKEN)! : -1;
  const split = options.join === '' ? (text: string) => Array.from(text) : splitWords;
  const id = (token: string) => ids.get(token) ?? unkId;
  return {
    tokens,
    size: tokens.length,
    unkId,
    id,
    encode(text) {
      return split(text).map((t) => {
        const i = id(t);
        if (i < 0) throw new Error(`Token "${t}" is not in this task's vocabulary.`);
        return i;
      });
    },
    decode(list) {
      const parts: string[] = [];
      for (let i = 0; i < list.length; i++) {
        const x = list[i]!;
        if (x === PAD_ID) continue;
        if (options.eos && x === EOS_ID) break;
        parts.push(tokens[x] ?? '\uFFFD');
      }
      return options.join === '' ? parts.join('') : joinWords(parts);
    },
  };
}

/** Class names of a `classify` task; ids are class indices (no padding, see the file comment). */
export function createClassVocabulary(names: readonly string[]): TaskVocabulary {
  const ids = new Map(names.map((n, i) => [n, i] as const));
  const id = (token: string) => ids.get(token) ?? -1;
  return {
    tokens: names,
    size: names.length,
    unkId: -1,
    id,
    encode(text) {
      const i = id(text.trim());
      if (i < 0) throw new Error(`"${text}" is not a class; classes: ${names.join(', ')}.`);
      return [i];
    },
    decode(list) {
      return Array.from(list, (x) => names[x] ?? '\uFFFD').join(' ');
    },
  };
}
