/** Topic 5 — sequence to vector to sequence (translation; algebra of the embedding space). Lecture 27:34 and 30:31. */
import { bi, forTopic, video } from './define';

const T = 'seq2vec2seq' as const;

export const seq2vec2seqQuestions = forTopic(T, [
  {
    id: 's2v2s-halves',
    kind: 'single',
    prompt: bi('What are the two halves of a seq2vec2seq model?', 'seq2vec2seq 모델의 두 부분은 무엇일까요?'),
    choices: [
      bi('A CNN and an RNN', 'CNN과 RNN'),
      bi('An encoder RNN that reads the input sequence into one vector, and a decoder RNN that writes the output sequence from it', '입력 시퀀스를 벡터 하나로 읽어 들이는 인코더 RNN과, 그 벡터에서 출력 시퀀스를 써 내는 디코더 RNN'),
      bi('Two RNNs that read the same input in opposite directions', '같은 입력을 반대 방향으로 읽는 RNN 두 개'),
      bi('A forward pass and a backward pass', '순전파와 역전파'),
    ],
    answer: 1,
    explanation: bi(
      'seq2vec then vec2seq: the encoder compresses the sentence into its final hidden state (the "context"), and the decoder unrolls from that vector. (Two RNNs reading in opposite directions are a bidirectional RNN — a different idea.)',
      'seq2vec 다음에 vec2seq입니다. 인코더가 문장을 마지막 은닉 상태("context")로 압축하고, 디코더가 그 벡터에서 펼쳐집니다. (반대 방향으로 읽는 RNN 두 개는 양방향 RNN으로, 다른 개념입니다.)',
    ),
    videoUrl: video(1654),
  },
  {
    id: 's2v2s-application',
    kind: 'single',
    prompt: bi('Which application from the lecture fits seq2vec2seq?', '강의에 나온 응용 중 seq2vec2seq에 맞는 것은?'),
    choices: [
      bi('Review → stars', '리뷰 → 별점'),
      bi('Image → caption', '이미지 → 캡션'),
      bi('Translation: English → context → Korean', '번역: 영어 → context → 한국어'),
      bi('Autocomplete while typing', '타이핑하는 동안의 자동완성'),
    ],
    answer: 2,
    explanation: bi(
      'Translation reads the whole source sentence before writing the target sentence, which can have another length and another word order.',
      '번역은 원문 전체를 읽은 뒤에 번역문을 씁니다. 번역문은 길이도 어순도 다를 수 있습니다.',
    ),
    videoUrl: video(1654),
  },
  {
    id: 's2v2s-why-wait',
    kind: 'single',
    prompt: bi(
      'Why not translate "three hundred twelve" → "삼백십이" with a seq2seq model that emits one output per input word, as it reads?',
      '"three hundred twelve" → "삼백십이"를, 단어를 읽을 때마다 출력을 하나씩 내는 seq2seq 모델로 번역하지 않는 이유는?',
    ),
    choices: [
      bi('Lengths and order differ between languages, so the output cannot be written step by step with the input; the whole phrase must be read first', '언어마다 길이와 순서가 달라서 입력과 발맞춰 출력을 쓸 수 없다. 먼저 구 전체를 읽어야 한다'),
      bi('seq2seq models cannot output Hangul', 'seq2seq 모델은 한글을 출력할 수 없다'),
      bi('seq2seq models have no hidden state', 'seq2seq 모델에는 은닉 상태가 없다'),
      bi('It would need a CNN', 'CNN이 필요해진다'),
    ],
    answer: 0,
    explanation: bi(
      'Three English words become four Korean syllables, and in general word order changes too (Korean puts the verb last). An encoder–decoder reads everything first, then writes as many tokens as needed.',
      '영어 세 단어가 한국어 네 음절이 되고, 일반적으로는 어순도 바뀝니다 (한국어는 동사가 끝에 옵니다). 인코더–디코더는 먼저 전부 읽은 뒤 필요한 만큼 토큰을 씁니다.',
    ),
    videoUrl: video(1654),
  },
  {
    id: 's2v2s-bottleneck',
    kind: 'single',
    prompt: bi('What is the weakness of squeezing the whole input sentence into one vector?', '입력 문장 전체를 벡터 하나로 압축할 때의 약점은?'),
    choices: [
      bi('The vector must be as long as the sentence', '벡터가 문장만큼 길어야 한다'),
      bi('It makes training impossible', '학습이 불가능해진다'),
      bi('A fixed-size vector is a bottleneck: long sentences lose detail, and quality drops with length', '고정 크기 벡터가 병목이 된다: 긴 문장은 세부 정보를 잃고, 길수록 품질이 떨어진다'),
      bi('The decoder cannot read vectors', '디코더는 벡터를 읽을 수 없다'),
    ],
    answer: 2,
    explanation: bi(
      'A 20-word and a 60-word sentence get the same number of dimensions. This bottleneck is what attention later removed, by letting the decoder look back at every encoder state.',
      '20단어 문장이든 60단어 문장이든 같은 차원 수를 받습니다. 나중에 나온 어텐션(attention)은 디코더가 인코더의 모든 상태를 돌아볼 수 있게 해서 이 병목을 없앴습니다.',
    ),
    videoUrl: video(1654),
  },
  {
    id: 's2v2s-algebra',
    kind: 'single',
    prompt: bi('Which relation shows the "algebraic structure" of a well-trained embedding space?', '잘 학습된 임베딩 공간의 "대수적 구조"를 보여 주는 관계는?'),
    choices: [
      bi('vec("king") + vec("queen") = 0', 'vec("king") + vec("queen") = 0'),
      bi('vec("king") − vec("man") + vec("woman") ≈ vec("queen")', 'vec("king") − vec("man") + vec("woman") ≈ vec("queen")'),
      bi('Every word vector has length 1', '모든 단어 벡터의 길이가 1이다'),
      bi('Similar words get orthogonal vectors', '비슷한 단어는 서로 직교하는 벡터를 받는다'),
    ],
    answer: 1,
    explanation: bi(
      'Directions in the embedding space carry meaning: the offset man → woman is roughly the offset king → queen (or country → capital), so vector arithmetic follows analogies. Similar words lie close together, not orthogonal.',
      '임베딩 공간의 방향에는 의미가 담겨 있습니다. man → woman 변위가 king → queen (또는 나라 → 수도) 변위와 거의 같아서, 벡터 산술이 유추를 따릅니다. 비슷한 단어는 직교하는 것이 아니라 가까이 놓입니다.',
    ),
    videoUrl: video(1831),
  },
  {
    id: 's2v2s-sentence-space',
    kind: 'single',
    prompt: bi(
      'A good translation encoder maps sentences to vectors. Where should "John admires Mary", "Mary is admired by John" and "Mary admires John" land?',
      '좋은 번역 인코더는 문장을 벡터로 보냅니다. "John admires Mary", "Mary is admired by John", "Mary admires John"은 각각 어디에 놓여야 할까요?',
    ),
    choices: [
      bi('All three together: they use the same words', '셋 모두 함께: 같은 단어를 쓰니까'),
      bi('The first two close together (same meaning), the third elsewhere (who admires whom changed)', '앞의 두 문장은 가까이 (같은 의미), 세 번째는 다른 곳에 (누가 누구를 존경하는지가 바뀜)'),
      bi('All three far apart: the word order differs', '셋 모두 멀리: 어순이 다르니까'),
      bi('Anywhere: the context vector has no structure', '아무 데나: context 벡터에는 구조가 없다'),
    ],
    answer: 1,
    explanation: bi(
      'The context vector must keep what the decoder needs to write the translation: the meaning, including who does what to whom. Active and passive voice of the same fact should be neighbours; swapping the roles should move the vector away.',
      'context 벡터는 디코더가 번역문을 쓰는 데 필요한 것, 즉 누가 누구에게 무엇을 하는지까지 포함한 의미를 담아야 합니다. 같은 사실의 능동태와 수동태는 이웃이어야 하고, 역할이 바뀌면 벡터도 멀어져야 합니다.',
    ),
    videoUrl: video(1831),
  },
  {
    id: 's2v2s-autoencoder',
    kind: 'single',
    prompt: bi('What is the middle vector of seq2vec2seq similar to?', 'seq2vec2seq 가운데의 벡터는 무엇과 비슷할까요?'),
    choices: [
      bi('The latent code of an autoencoder: the encoder compresses, the decoder expands', '오토인코더의 잠재 코드(latent code): 인코더가 압축하고 디코더가 펼친다'),
      bi('The learning rate', '학습률'),
      bi('A one-hot vector of the first word', '첫 단어의 원-핫 벡터'),
      bi('The loss value', '손실값'),
    ],
    answer: 0,
    explanation: bi(
      'As in an autoencoder, everything the decoder knows about the input passes through this one code. The difference: the decoder writes another sequence (the translation), not a copy of the input.',
      '오토인코더처럼 디코더가 입력에 대해 아는 모든 것은 이 코드 하나를 거칩니다. 다른 점은 디코더가 입력의 복사본이 아니라 다른 시퀀스(번역문)를 쓴다는 것입니다.',
    ),
    videoUrl: video(1654),
  },
  {
    id: 's2v2s-teacher-forcing',
    kind: 'single',
    prompt: bi(
      'During training, the decoder\'s input at step t is the true previous token of the target, not its own guess. What is this called?',
      '학습 중 t 시점 디코더 입력으로 자기 예측이 아니라 정답의 이전 토큰을 넣습니다. 이것을 무엇이라 할까요?',
    ),
    choices: [
      bi('Gradient clipping', '그래디언트 클리핑'),
      bi('Teacher forcing', '티처 포싱(teacher forcing)'),
      bi('Truncated BPTT', '절단된 BPTT(truncated BPTT)'),
      bi('Beam search', '빔 서치(beam search)'),
    ],
    answer: 1,
    explanation: bi(
      'Teacher forcing keeps early mistakes from derailing the rest of the sequence during training, so learning is faster. At test time there is no teacher: the decoder feeds back its own (e.g. greedy) choices.',
      '티처 포싱은 학습 중 초반의 실수가 나머지 시퀀스를 망치지 않게 해서 학습을 빠르게 합니다. 테스트 때는 정답이 없으므로 디코더가 자신의 (예: greedy) 선택을 되먹임합니다.',
    ),
    videoUrl: video(1654),
  },
  {
    id: 's2v2s-order',
    kind: 'ordering',
    prompt: bi('Put the steps of translating with seq2vec2seq in order.', 'seq2vec2seq로 번역하는 단계를 순서대로 놓으세요.'),
    items: [
      bi('The decoder starts from the context with a start (GO) token', '디코더가 context와 시작(GO) 토큰으로 출발하기'),
      bi('The encoder reads the English tokens one by one', '인코더가 영어 토큰을 하나씩 읽기'),
      bi('The decoder stops at the end token', '디코더가 끝 토큰에서 멈추기'),
      bi('The encoder\'s final hidden state becomes the context vector', '인코더의 마지막 은닉 상태가 context 벡터가 되기'),
      bi('The decoder emits Korean syllables one at a time, feeding each back', '디코더가 한국어 음절을 하나씩 내보내며 되먹임하기'),
    ],
    answer: [1, 3, 0, 4, 2],
    explanation: bi('Read everything (encoder), keep one vector (context), then write (decoder) until the end token.', '전부 읽고(인코더), 벡터 하나를 남기고(context), 끝 토큰까지 씁니다(디코더).'),
    videoUrl: video(1654),
  },
]);
