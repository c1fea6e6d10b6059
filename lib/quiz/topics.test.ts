import { describe, expect, it } from 'vitest';
import { LECTURE_VIDEO_ID, TOPICS, TOPIC_IDS, lectureVideoAt, lectureVideoSeconds, topicById } from './topics';

describe('topics', () => {
  it('lists the 10 lecture topics in order, one per id', () => {
    expect(TOPICS.map((t) => t.id)).toEqual([...TOPIC_IDS]);
    expect(TOPICS.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it.each(TOPICS.map((t) => [t.id, t] as const))('%s has bilingual title and a lecture link at its first anchor', (_id, t) => {
    expect(t.title.en.trim()).not.toBe('');
    expect(t.title.ko).toMatch(/[가-힣]/);
    expect(lectureVideoSeconds(t.videoUrl)).toBe(t.anchorsSeconds[0]);
  });

  it('section starts increase through the lecture', () => {
    const starts = TOPICS.map((t) => t.anchorsSeconds[0]!);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('builds and reads lecture links', () => {
    expect(lectureVideoAt(3068)).toBe(`https://youtu.be/${LECTURE_VIDEO_ID}?t=3068`);
    expect(lectureVideoSeconds('https://youtu.be/5KSGNomPJTE?t=307')).toBe(307);
    expect(lectureVideoSeconds('https://youtu.be/otherVideo1?t=307')).toBeUndefined();
    expect(lectureVideoSeconds('https://example.com/?t=307')).toBeUndefined();
  });

  it.each([-1, 1.5, Number.NaN])('refuses video position %s', (s) => {
    expect(() => lectureVideoAt(s)).toThrow(RangeError);
  });

  it('finds topics by id and refuses unknown ones', () => {
    expect(topicById('gating').number).toBe(10);
    expect(() => topicById('nope' as never)).toThrow(/unknown quiz topic/);
  });
});
