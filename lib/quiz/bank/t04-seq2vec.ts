/** Topic 4 — sequence to vector (review → stars; learning to execute). Lecture 23:03 and 24:21. */
import { bi, forTopic, video } from './define';

const T = 'seq2vec' as const;

export const seq2vecQuestions = forTopic(T, [
  {
    id: 's2v-diagram',
    kind: 'single',
    prompt: bi('In the seq2vec diagram, which output of the RNN is used?', 'seq2vec 다이어그램에서는 RNN의 어떤 출력을 쓸까요?'),
    choices: [
      bi('The output at every step', '모든 시점의 출력'),
      bi('Only the output at the first step', '첫 시점의 출력만'),
      bi('Only the output after the last step, once the whole sequence has been read', '시퀀스 전체를 읽은 뒤, 마지막 시점의 출력만'),
      bi('The average of the inputs', '입력들의 평균'),
    ],
    answer: 2,
    explanation: bi(
      'seq2vec reads the whole sequence and emits one vector at the end (a class, a score). The intermediate outputs are simply not used; the final state has to summarise everything that matters.',
      'seq2vec는 시퀀스 전체를 읽고 마지막에 벡터 하나(클래스, 점수)를 냅니다. 중간 출력은 쓰지 않으므로, 마지막 상태가 중요한 것을 모두 요약해야 합니다.',
    ),
    videoUrl: video(1383),
  },
  {
    id: 's2v-application',
    kind: 'single',
    prompt: bi('Which is the seq2vec example from the lecture?', '강의에 나온 seq2vec의 예는 무엇일까요?'),
    choices: [
      bi('A purchase review → a star rating', '구매 리뷰 → 별점'),
      bi('An image → a caption', '이미지 → 캡션'),
      bi('An English sentence → a Korean sentence', '영어 문장 → 한국어 문장'),
      bi('A bit stream → the same stream delayed', '비트 스트림 → 지연된 같은 스트림'),
    ],
    answer: 0,
    explanation: bi(
      'A review is a sequence of words, and the rating is one number: sequence in, vector out. Captioning is vec2seq, translation seq2vec2seq, echo seq2seq.',
      '리뷰는 단어의 시퀀스이고 별점은 숫자 하나이므로, 시퀀스가 들어가고 벡터가 나옵니다. 캡셔닝은 vec2seq, 번역은 seq2vec2seq, 에코는 seq2seq입니다.',
    ),
    videoUrl: video(1383),
  },
  {
    id: 's2v-learning-to-execute',
    kind: 'single',
    prompt: bi('In "Learning to Execute" (Zaremba & Sutskever, 2014), what does the network read and what does it output?', '"Learning to Execute" (Zaremba & Sutskever, 2014)에서 신경망은 무엇을 읽고 무엇을 출력할까요?'),
    choices: [
      bi('It reads a program\'s output and writes the program', '프로그램의 출력을 읽고 프로그램을 쓴다'),
      bi('It reads the text of a short Python program, character by character, and outputs the number the program prints', '짧은 파이썬 프로그램의 텍스트를 한 글자씩 읽고, 프로그램이 출력할 숫자를 낸다'),
      bi('It reads compiled bytecode and runs it on a virtual machine', '컴파일된 바이트코드를 읽어 가상 머신에서 실행한다'),
      bi('It reads a natural-language task and writes Python code', '자연어 과제를 읽고 파이썬 코드를 쓴다'),
    ],
    answer: 1,
    explanation: bi(
      'The network never runs the code: it reads the program as plain text and must predict what print(...) would show — a sequence read into one answer. Unrolled\'s execute challenge asks the same.',
      '신경망은 코드를 실행하지 않습니다. 프로그램을 평범한 텍스트로 읽고 print(...)가 보여 줄 값을 예측해야 합니다. 시퀀스를 읽어 답 하나를 내는 것이죠. Unrolled의 execute 챌린지도 같은 문제입니다.',
    ),
    videoUrl: video(1461),
  },
  {
    id: 's2v-exec-headline',
    kind: 'single',
    prompt: bi('What did the LSTM of "Learning to Execute" manage with its best curriculum?', '"Learning to Execute"의 LSTM은 가장 좋은 커리큘럼으로 무엇을 해냈을까요?'),
    choices: [
      bi('Add two 9-digit numbers with 99% accuracy', '9자리 수 두 개를 99% 정확도로 더하기'),
      bi('Multiply two 9-digit numbers exactly', '9자리 수 두 개를 정확히 곱하기'),
      bi('Sort lists of any length', '임의 길이의 리스트 정렬하기'),
      bi('Compile Python to machine code', '파이썬을 기계어로 컴파일하기'),
    ],
    answer: 0,
    explanation: bi(
      'With the combined curriculum (mostly gradually harder examples, mixed with examples of every difficulty), a 2-layer LSTM added two 9-digit numbers with 99% accuracy — from characters alone.',
      '결합(combined) 커리큘럼(대부분은 점점 어려워지는 예제, 일부는 모든 난이도의 예제를 섞음)으로 2층 LSTM이 글자만 보고 9자리 수 두 개의 덧셈을 99% 정확도로 해냈습니다.',
    ),
    videoUrl: video(1461),
  },
  {
    id: 's2v-curriculum',
    kind: 'single',
    prompt: bi('Which curriculum worked best in "Learning to Execute"?', '"Learning to Execute"에서 가장 잘 된 커리큘럼은?'),
    choices: [
      bi('Baseline: always train at the target difficulty', '기본(baseline): 처음부터 목표 난이도로만 학습'),
      bi('Naive: start easy and make examples longer, then more nested', '단순(naive): 쉬운 것부터 시작해 길이를, 그다음 중첩을 늘림'),
      bi('Combined: mostly naive, with 1 example in 5 drawn from any difficulty up to the target', '결합(combined): 대부분은 naive, 5개 중 1개는 목표까지의 아무 난이도에서 뽑음'),
      bi('Reverse: start with the hardest examples', '역순: 가장 어려운 예제부터 시작'),
    ],
    answer: 2,
    explanation: bi(
      'Pure naive curricula make the network over-specialise on easy examples and forget them later; mixing in examples of every difficulty keeps them all in view. The combined strategy beat the others.',
      '순수한 naive 커리큘럼은 쉬운 예제에 지나치게 맞춰졌다가 나중에 잊게 만듭니다. 모든 난이도의 예제를 섞으면 전부를 계속 보게 됩니다. 결합 전략이 다른 전략들보다 좋았습니다.',
    ),
    videoUrl: video(1461),
  },
  {
    id: 's2v-order-matters',
    kind: 'single',
    prompt: bi(
      'Why can a bag-of-words model (which ignores word order) misjudge "not good at first, but great fun"?',
      '단어 순서를 무시하는 bag-of-words 모델은 왜 "not good at first, but great fun"을 잘못 판단할 수 있을까요?',
    ),
    choices: [
      bi('It cannot read the word "fun"', '"fun"이라는 단어를 읽을 수 없어서'),
      bi('Negation and "but" act on the words next to them, so the meaning depends on order; an RNN reads in order and can learn that', '부정어와 "but"은 주변 단어에 작용하므로 의미가 순서에 달려 있다. RNN은 순서대로 읽으므로 이것을 배울 수 있다'),
      bi('The sentence is too long for any model', '문장이 어떤 모델에게도 너무 길어서'),
      bi('Bag-of-words models only work in Korean', 'bag-of-words 모델은 한국어에서만 동작해서'),
    ],
    answer: 1,
    explanation: bi(
      'The bag sees {not, good, but, great, fun, …} whatever the order. "Not" flips the word after it and the clause after "but" decides; only a model that reads in order can apply those rules — the point of the sentiment challenge.',
      'bag-of-words는 순서와 상관없이 {not, good, but, great, fun, …}만 봅니다. "not"은 바로 뒤 단어를 뒤집고, "but" 뒤의 절이 결론을 정합니다. 이 규칙은 순서대로 읽는 모델만 적용할 수 있습니다. sentiment 챌린지의 핵심입니다.',
    ),
    videoUrl: video(1383),
  },
  {
    id: 's2v-temporal-order',
    kind: 'single',
    prompt: bi(
      'In the practicum\'s temporal-order task, a sequence such as "B a X c d Y b E" is given one of 4 classes. What decides the class?',
      '실습의 temporal-order 작업에서 "B a X c d Y b E" 같은 시퀀스는 4개 클래스 중 하나를 받습니다. 무엇이 클래스를 정할까요?',
    ),
    choices: [
      bi('The number of distractor symbols', '방해 기호의 개수'),
      bi('The length of the sequence', '시퀀스의 길이'),
      bi('Which distractor comes right after B', 'B 바로 뒤의 방해 기호'),
      bi('The order of the two relevant symbols: XX, XY, YX or YY', '두 관련 기호의 순서: XX, XY, YX, YY'),
    ],
    answer: 3,
    explanation: bi(
      'Only X and Y matter, and only in which order they appeared; everything between them is noise. The model must remember the first one across all the distractors — a seq2vec task that tests long memory.',
      'X와 Y만, 그것도 나온 순서만 중요하고 사이의 모든 것은 잡음입니다. 모델은 방해 기호를 지나는 동안 첫 번째 기호를 기억해야 합니다. 긴 기억력을 시험하는 seq2vec 작업입니다.',
    ),
    videoUrl: video(1383),
  },
  {
    id: 's2v-front-padding',
    kind: 'single',
    prompt: bi(
      'Sequences in a batch have different lengths; the practicum pads them at the front to the same length. Why the front, for seq2vec?',
      '한 배치 안의 시퀀스는 길이가 다릅니다. 실습에서는 같은 길이가 되도록 앞쪽에 패딩을 넣습니다. seq2vec에서 왜 앞쪽일까요?',
    ),
    choices: [
      bi('The answer is read after the last step; padding at the front makes every real sequence end at the last step, so the final state has just read real data', '답은 마지막 시점 뒤에 읽는다. 앞에 패딩을 넣으면 모든 실제 시퀀스가 마지막 시점에 끝나므로, 마지막 상태가 방금 실제 데이터를 읽은 상태가 된다'),
      bi('Padding at the back is not allowed by tfjs', 'tfjs는 뒤쪽 패딩을 허용하지 않아서'),
      bi('It makes the batch smaller', '배치를 작게 만들어서'),
      bi('Front padding removes the need for a hidden state', '앞쪽 패딩은 은닉 상태를 필요 없게 해서'),
    ],
    answer: 0,
    explanation: bi(
      'With padding at the back, the state would have to survive many meaningless padding steps before the answer is read. Front padding puts them before the data, where they cost nothing to remember.',
      '뒤쪽에 패딩을 넣으면 답을 읽기 전에 상태가 의미 없는 패딩 시점을 여러 번 버텨야 합니다. 앞쪽 패딩은 그 시점들을 데이터 앞에 두므로 기억해야 할 부담이 없습니다.',
    ),
    videoUrl: video(1383),
  },
  {
    id: 's2v-which',
    kind: 'multi',
    prompt: bi('Which of these are seq2vec tasks? (Select all.)', '다음 중 seq2vec 작업을 모두 고르세요.'),
    choices: [
      bi('Review text → positive or negative', '리뷰 텍스트 → 긍정 또는 부정'),
      bi('Symbol sequence → one of 4 temporal-order classes', '기호 시퀀스 → temporal-order 4개 클래스 중 하나'),
      bi('Image vector → caption', '이미지 벡터 → 캡션'),
      bi('Program text → the printed number, taken as one class or value', '프로그램 텍스트 → 출력될 숫자 (클래스나 값 하나로 볼 때)'),
      bi('Characters → the next character at every step', '글자들 → 시점마다 다음 글자'),
    ],
    answers: [0, 1, 3],
    explanation: bi(
      'Sentiment, temporal order and (framed as one answer) learning to execute all read a sequence and emit one vector. Captioning is vec2seq; next-character prediction at every step is seq2seq.',
      '감성 분류, temporal order, 그리고 (답을 하나로 볼 때) learning to execute는 모두 시퀀스를 읽고 벡터 하나를 냅니다. 캡셔닝은 vec2seq이고, 시점마다 다음 글자를 예측하는 것은 seq2seq입니다.',
    ),
    videoUrl: video(1383),
  },
]);
