/** Topic 3 — vector to sequence (captioning; CNN features first). Lecture 16:12, 17:55 and 25:45. */
import { bi, forTopic, video } from './define';

const T = 'vec2seq' as const;

export const vec2seqQuestions = forTopic(T, [
  {
    id: 'v2s-diagram',
    kind: 'single',
    prompt: bi('In the vec2seq diagram, what goes in and what comes out?', 'vec2seq 다이어그램에서는 무엇이 들어가고 무엇이 나올까요?'),
    choices: [
      bi('A sequence in, one vector out', '시퀀스가 들어가고 벡터 하나가 나온다'),
      bi('One vector in (at the start), a sequence out (one output per step)', '벡터 하나가 (처음에) 들어가고, 시퀀스가 나온다 (시점마다 출력 하나)'),
      bi('A sequence in, a sequence of the same length out', '시퀀스가 들어가고 같은 길이의 시퀀스가 나온다'),
      bi('One vector in, one vector out', '벡터 하나가 들어가고 벡터 하나가 나온다'),
    ],
    answer: 1,
    explanation: bi(
      'vec2seq reads a single vector and then unrolls, producing one output per step for as many steps as needed. One vector in, one out would be a plain feed-forward net.',
      'vec2seq는 벡터 하나를 읽은 뒤 펼쳐지면서 필요한 만큼의 시점 동안 시점마다 출력을 하나씩 냅니다. 벡터 하나를 넣고 하나를 받는 것은 그냥 피드포워드 신경망입니다.',
    ),
    videoUrl: video(972),
  },
  {
    id: 'v2s-application',
    kind: 'single',
    prompt: bi('Which application fits the vec2seq diagram?', 'vec2seq 다이어그램에 맞는 응용은 무엇일까요?'),
    choices: [
      bi('A product review → a star rating', '상품 리뷰 → 별점'),
      bi('An English sentence → its Korean translation', '영어 문장 → 한국어 번역'),
      bi('An image → a sentence describing it (captioning)', '이미지 → 그 이미지를 설명하는 문장 (캡셔닝)'),
      bi('Characters typed so far → the next character, at every keystroke', '지금까지 친 글자 → 다음 글자, 키를 누를 때마다'),
    ],
    answer: 2,
    explanation: bi(
      'This is the lecture\'s answer to "what application uses this diagram?": image captioning. The review → stars example is seq2vec, translation is seq2vec2seq, and per-keystroke autocomplete is seq2seq.',
      '"이 다이어그램을 쓰는 응용은?"이라는 강의 질문의 답은 이미지 캡셔닝입니다. 리뷰 → 별점은 seq2vec, 번역은 seq2vec2seq, 키 입력마다의 자동완성은 seq2seq입니다.',
    ),
    videoUrl: video(1075),
  },
  {
    id: 'v2s-cnn-first',
    kind: 'single',
    prompt: bi('For image captioning, what do we feed to the RNN?', '이미지 캡셔닝에서 RNN에는 무엇을 넣을까요?'),
    choices: [
      bi('The raw pixels, one pixel per time step', '원본 픽셀을 시점마다 하나씩'),
      bi('A feature vector computed by a CNN from the image', 'CNN이 이미지에서 뽑아낸 특징 벡터'),
      bi('The words of the caption we want', '원하는 캡션의 단어들'),
      bi('Nothing: the RNN starts from a zero state and invents a caption', '아무것도: RNN이 0 상태에서 시작해 캡션을 지어낸다'),
    ],
    answer: 1,
    explanation: bi(
      'A student asked exactly this, and the answer was yes: whenever the input is a signal on a 2-D grid, we use a CNN to extract the information first. The CNN turns the image into one vector, and the RNN turns that vector into words.',
      '강의에서 한 학생이 바로 이것을 물었고, 답은 "그렇다"였습니다. 입력이 2차원 격자 위의 신호라면 먼저 CNN으로 정보를 뽑아냅니다. CNN이 이미지를 벡터 하나로 바꾸고, RNN이 그 벡터를 단어로 바꿉니다.',
    ),
    videoUrl: video(1545),
  },
  {
    id: 'v2s-why-not-pixels',
    kind: 'single',
    prompt: bi('Why not feed the image to the RNN as a long sequence of raw pixels?', '왜 이미지를 원본 픽셀의 긴 시퀀스로 RNN에 넣지 않을까요?'),
    choices: [
      bi('RNNs cannot read numbers, only words', 'RNN은 단어만 읽을 수 있고 숫자는 못 읽는다'),
      bi('Pixels are always noisy', '픽셀은 항상 잡음이 많다'),
      bi('The image is a 2-D grid: a CNN exploits locality and shift equivariance there, while a pixel sequence of length H·W throws that structure away and is very long to back-propagate through', '이미지는 2차원 격자라서 CNN이 지역성과 이동 등변성을 활용할 수 있다. 길이 H·W의 픽셀 시퀀스는 그 구조를 버리고, 역전파하기에도 너무 길다'),
      bi('It would give the RNN too few time steps', 'RNN의 시점 수가 너무 적어진다'),
    ],
    answer: 2,
    explanation: bi(
      'Neighbouring pixels belong together in two directions; flattening them into one line puts vertical neighbours W steps apart. A CNN is built for grids (1-D, 2-D, 3-D), an RNN for sequences — use each where its structure fits.',
      '이웃 픽셀은 가로세로 두 방향으로 연관되어 있는데, 한 줄로 펴면 세로 이웃이 W 시점이나 떨어집니다. CNN은 격자(1차원, 2차원, 3차원)를 위해, RNN은 시퀀스를 위해 만들어졌습니다. 각자의 구조에 맞는 곳에 쓰세요.',
    ),
    videoUrl: video(1545),
  },
  {
    id: 'v2s-next-input',
    kind: 'single',
    prompt: bi(
      'While a trained vec2seq model generates a caption, what is usually the RNN\'s input at step t > 1?',
      '학습된 vec2seq 모델이 캡션을 생성할 때, t > 1 시점의 RNN 입력은 보통 무엇일까요?',
    ),
    choices: [
      bi('The word it generated at step t−1, fed back in; the image lives on in the hidden state', 't−1 시점에 생성한 단어를 되먹임한 것. 이미지 정보는 은닉 상태 안에 살아 있다'),
      bi('The next word of the true caption', '정답 캡션의 다음 단어'),
      bi('A fresh random vector', '새로운 무작위 벡터'),
      bi('The pixels of the next image', '다음 이미지의 픽셀'),
    ],
    answer: 0,
    explanation: bi(
      'At generation time there is no true caption, so each generated word becomes the next input. (During training the true previous word is fed instead — teacher forcing — but never the word to be predicted.)',
      '생성할 때는 정답 캡션이 없으므로 생성한 단어가 다음 입력이 됩니다. (학습 중에는 정답의 이전 단어를 넣는 티처 포싱(teacher forcing)을 쓰지만, 예측해야 할 단어 자체를 넣지는 않습니다.)',
    ),
    videoUrl: video(1075),
  },
  {
    id: 'v2s-stop',
    kind: 'single',
    prompt: bi('How does a vec2seq decoder know that the caption is finished?', 'vec2seq 디코더는 캡션이 끝났다는 것을 어떻게 알까요?'),
    choices: [
      bi('It always writes exactly as many words as the image has pixels', '항상 이미지의 픽셀 수만큼 단어를 쓴다'),
      bi('It emits a special end-of-sequence token (or hits a maximum length)', '문장 끝을 뜻하는 특수 토큰(EOS)을 내보낸다 (또는 최대 길이에 닿는다)'),
      bi('The CNN tells it the caption length', 'CNN이 캡션 길이를 알려 준다'),
      bi('When its hidden state becomes exactly zero', '은닉 상태가 정확히 0이 될 때'),
    ],
    answer: 1,
    explanation: bi(
      'The output vocabulary has an end token, and the training targets end with it, so the model learns when to stop. A maximum length guards against a model that never emits it.',
      '출력 어휘에 끝 토큰이 있고 학습 정답도 그 토큰으로 끝나므로, 모델이 언제 멈출지를 배웁니다. 끝 토큰을 끝내 내지 않는 모델에 대비해 최대 길이도 둡니다.',
    ),
    videoUrl: video(972),
  },
  {
    id: 'v2s-caption-challenge',
    kind: 'single',
    prompt: bi(
      'In Unrolled\'s caption challenge, the "image" is an 8×8 grid of coloured shapes, flattened into one one-hot vector and given to the RNN. In a real captioning system, what does this vector stand in for?',
      'Unrolled의 캡션 챌린지에서 "이미지"는 색깔 도형이 놓인 8×8 격자이고, 원-핫 벡터 하나로 펴서 RNN에 넣습니다. 실제 캡셔닝 시스템에서 이 벡터는 무엇을 대신할까요?',
    ),
    choices: [
      bi('The caption', '캡션'),
      bi('The RNN\'s weights', 'RNN의 가중치'),
      bi('The feature vector a CNN would extract from a real photo', '실제 사진에서 CNN이 뽑아낼 특징 벡터'),
      bi('The loss', '손실값'),
    ],
    answer: 2,
    explanation: bi(
      'A tiny synthetic grid is simple enough to flatten directly; a real photo would first go through a CNN, whose feature vector plays the same role: the one vector from which the RNN writes the sentence.',
      '작은 합성 격자는 그대로 펴도 될 만큼 단순합니다. 실제 사진이라면 먼저 CNN을 거치고, 그 특징 벡터가 같은 역할, 즉 RNN이 문장을 써 내려갈 출발점인 벡터 하나의 역할을 합니다.',
    ),
    videoUrl: video(1545),
  },
  {
    id: 'v2s-grids',
    kind: 'multi',
    prompt: bi(
      'Which inputs could become the starting vector of a vec2seq model? (Select all.)',
      'vec2seq 모델의 시작 벡터가 될 수 있는 입력을 모두 고르세요.',
    ),
    choices: [
      bi('An image (2-D grid), through a 2-D CNN', '이미지(2차원 격자)를 2차원 CNN에 통과시킨 것'),
      bi('A short audio clip (1-D grid), through a 1-D CNN', '짧은 오디오(1차원 격자)를 1차원 CNN에 통과시킨 것'),
      bi('A video or a 3-D scan (3-D grid), through a 3-D CNN', '동영상이나 3차원 스캔(3차원 격자)을 3차원 CNN에 통과시킨 것'),
      bi('None of these: vec2seq only works with photographs', '모두 아니다: vec2seq는 사진에만 쓸 수 있다'),
    ],
    answers: [0, 1, 2],
    explanation: bi(
      'Any signal on a grid — 1-D, 2-D or 3-D — can be summarised by a CNN into one vector, and from a vector a vec2seq decoder can write a sequence.',
      '1차원, 2차원, 3차원 어떤 격자 위의 신호든 CNN으로 벡터 하나에 요약할 수 있고, vec2seq 디코더는 그 벡터에서 시퀀스를 써 낼 수 있습니다.',
    ),
    videoUrl: video(972),
  },
  {
    id: 'v2s-pipeline-order',
    kind: 'ordering',
    prompt: bi('Put the steps of captioning an image in order.', '이미지 캡셔닝의 단계를 순서대로 놓으세요.'),
    items: [
      bi('Feed that word back and emit the next one', '그 단어를 되먹임해 다음 단어를 내보내기'),
      bi('Run a CNN on the image', '이미지에 CNN 적용하기'),
      bi('Stop at the end token', '끝 토큰에서 멈추기'),
      bi('Give the CNN\'s feature vector to the RNN', 'CNN의 특징 벡터를 RNN에 넣기'),
      bi('The RNN emits the first word', 'RNN이 첫 단어를 내보내기'),
    ],
    answer: [1, 3, 4, 0, 2],
    explanation: bi(
      'CNN features first (the image is a grid), then the RNN unrolls: first word, feed back, next word, … until the end token.',
      '이미지는 격자이므로 먼저 CNN 특징을 뽑고, 그다음 RNN이 펼쳐집니다: 첫 단어, 되먹임, 다음 단어, … 끝 토큰까지.',
    ),
    videoUrl: video(1075),
  },
]);
