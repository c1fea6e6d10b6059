/**
 * The 10 lecture topics of the quiz, in lecture order, with the video position of each section.
 *
 * Timestamps come from the lecture notes (seeds/04.2-rnn-lecture-notes.md). The one exception is
 * the gating / LSTM part (3477 s): the notes fold it into section 10 (3068 s, vanishing gradients);
 * 3477 s is where the LSTM diagram is drawn, as cited by public study notes of this video.
 */

export const LECTURE_VIDEO_ID = '5KSGNomPJTE';

/** `https://youtu.be/5KSGNomPJTE?t=SECONDS`: the lecture video at a position (whole seconds). */
export function lectureVideoAt(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds < 0) throw new RangeError(`video position must be a whole number of seconds ≥ 0, got ${seconds}`);
  return `https://youtu.be/${LECTURE_VIDEO_ID}?t=${seconds}`;
}

/** The position in seconds of a lecture link made by `lectureVideoAt`, or undefined for any other URL. */
export function lectureVideoSeconds(url: string): number | undefined {
  const m = /^https:\/\/youtu\.be\/([A-Za-z0-9_-]+)\?t=(\d+)$/.exec(url);
  return m && m[1] === LECTURE_VIDEO_ID ? Number(m[2]) : undefined;
}

export const TOPIC_IDS = [
  'hidden-dimension',
  'sequential-logic',
  'vec2seq',
  'seq2vec',
  'seq2vec2seq',
  'seq2seq',
  'bptt',
  'lm-training',
  'vanishing-exploding',
  'gating',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Bilingual {
  readonly en: string;
  readonly ko: string;
}

export interface Topic {
  readonly id: TopicId;
  /** 1-based position in the lecture (and in TASKS.md's list). */
  readonly number: number;
  readonly title: Bilingual;
  /** Where the section starts in the lecture video. */
  readonly videoUrl: string;
  /**
   * Every video position (s) a question of this topic may link to: the section start and the
   * moments inside the lecture where the topic is discussed (e.g. the students' question about CNN
   * features for captioning comes up during seq2vec, at 1545 s, but belongs to vec2seq).
   */
  readonly anchorsSeconds: readonly number[];
}

function topic(id: TopicId, number: number, title: Bilingual, anchorsSeconds: readonly number[]): Topic {
  return { id, number, title, videoUrl: lectureVideoAt(anchorsSeconds[0]!), anchorsSeconds };
}

export const TOPICS: readonly Topic[] = [
  topic('hidden-dimension', 1, { en: 'Why go to a higher hidden dimension (the SVD view)', ko: '왜 더 높은 은닉 차원으로 가는가 (SVD 관점)' }, [307, 520]),
  topic('sequential-logic', 2, { en: 'Combinational vs sequential logic: memory', ko: '조합 논리와 순차 논리: 메모리' }, [662]),
  topic('vec2seq', 3, { en: 'Vector to sequence (captioning, CNN features first)', ko: '벡터→시퀀스 (이미지 캡셔닝, CNN 특징 먼저)' }, [972, 1075, 1545]),
  topic('seq2vec', 4, { en: 'Sequence to vector (review → stars, learning to execute)', ko: '시퀀스→벡터 (리뷰 → 별점, Learning to Execute)' }, [1383, 1461]),
  topic('seq2vec2seq', 5, { en: 'Sequence to vector to sequence (translation, algebra of the embedding space)', ko: '시퀀스→벡터→시퀀스 (번역, 임베딩 공간의 대수 구조)' }, [1654, 1831]),
  topic('seq2seq', 6, { en: 'Sequence to sequence (autocomplete)', ko: '시퀀스→시퀀스 (자동완성)' }, [2126]),
  topic('bptt', 7, { en: 'Training: back-propagation through time, parameter sharing', ko: '학습: 시간 역전파(BPTT)와 파라미터 공유' }, [2312, 2360]),
  topic('lm-training', 8, { en: 'Training a language model: batch-ification, chunks, when to stop', ko: '언어 모델 학습: 배치화, 청크, 학습 종료 시점' }, [2871]),
  topic('vanishing-exploding', 9, { en: 'Vanishing and exploding gradients, gradient clipping', ko: '기울기 소실·폭발과 그래디언트 클리핑' }, [3068]),
  topic('gating', 10, { en: 'Gating: LSTM and GRU gates, the practicum', ko: '게이팅: LSTM·GRU 게이트와 실습' }, [3477, 3068]),
];

const BY_ID = new Map(TOPICS.map((t) => [t.id, t]));

export function topicById(id: TopicId): Topic {
  const t = BY_ID.get(id);
  if (!t) throw new RangeError(`unknown quiz topic "${id}"`);
  return t;
}
