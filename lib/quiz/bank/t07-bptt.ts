/** Topic 7 — training: back-propagation through time, parameter sharing, accumulated gradients. Lecture 38:32 and 39:20. */
import { simpleRnnParams, denseParams } from '../param-counts';
import { bi, defineGenerator, forTopic, video, type QuestionGenerator } from './define';

const T = 'bptt' as const;

export const bpttQuestions = forTopic(T, [
  {
    id: 'bptt-what',
    kind: 'single',
    prompt: bi('What is back-propagation through time (BPTT)?', '시간 역전파(BPTT, back-propagation through time)란 무엇일까요?'),
    choices: [
      bi('A special recursive algorithm that runs backwards in real time', '실제 시간을 거슬러 도는 특별한 재귀 알고리즘'),
      bi('Plain back-propagation on the RNN unrolled over time: a deep feed-forward net whose layers share their weights', '시간 축으로 펼친 RNN에 대한 평범한 역전파: 층들이 가중치를 공유하는 깊은 피드포워드 신경망'),
      bi('Training each time step as a separate network', '시점마다 별도의 신경망으로 학습하기'),
      bi('Running the sequence backwards during the forward pass', '순전파 때 시퀀스를 거꾸로 넣기'),
    ],
    answer: 1,
    explanation: bi(
      'The lecture\'s point: "everything is just very plain back-propagation". Unroll the network over the sequence, and you have an ordinary computational graph; the time dependencies are handled by parameter sharing.',
      '강의의 요점은 "모든 것이 그냥 평범한 역전파"라는 것입니다. 시퀀스에 걸쳐 펼치면 평범한 계산 그래프가 되고, 시간 의존성은 파라미터 공유로 처리됩니다.',
    ),
    videoUrl: video(2312),
  },
  {
    id: 'bptt-sharing',
    kind: 'single',
    prompt: bi('In the unrolled RNN, what does parameter sharing mean?', '펼친 RNN에서 파라미터 공유란 무엇을 뜻할까요?'),
    choices: [
      bi('Several students share one model', '여러 학생이 모델 하나를 공유한다'),
      bi('The encoder and decoder have the same weights', '인코더와 디코더가 같은 가중치를 갖는다'),
      bi('Every time step uses the same W_x, W_h and b: unrolling adds depth, not parameters', '모든 시점이 같은 W_x, W_h, b를 쓴다: 펼치면 깊이는 늘지만 파라미터는 늘지 않는다'),
      bi('The gradient is shared equally between all weights', '그래디언트가 모든 가중치에 똑같이 나뉜다'),
    ],
    answer: 2,
    explanation: bi(
      'One cell, copied T times in the picture, but every copy points to the same weight tensors. That is why the model can read sequences of any length with a fixed number of parameters.',
      '그림에서는 셀이 T번 복사되지만, 모든 복사본이 같은 가중치 텐서를 가리킵니다. 그래서 고정된 수의 파라미터로 임의 길이의 시퀀스를 읽을 수 있습니다.',
    ),
    videoUrl: video(2312),
  },
  {
    id: 'bptt-accumulate',
    kind: 'single',
    prompt: bi('W_h is used at every step of the unrolled network. How is its gradient obtained?', 'W_h는 펼친 신경망의 모든 시점에서 쓰입니다. W_h의 그래디언트는 어떻게 구할까요?'),
    choices: [
      bi('Add up (accumulate) the gradient contributions of every step where W_h is used, then make one update', 'W_h가 쓰인 모든 시점의 그래디언트 기여를 더한(누적한) 뒤 한 번 업데이트한다'),
      bi('Take the gradient of the last step only', '마지막 시점의 그래디언트만 쓴다'),
      bi('Update W_h after every step of the backward pass', '역전파의 매 시점마다 W_h를 업데이트한다'),
      bi('Multiply the per-step gradients together', '시점별 그래디언트를 서로 곱한다'),
    ],
    answer: 0,
    explanation: bi(
      'When one parameter is used in several places, the chain rule sums the contributions of all its uses: ∂L/∂W_h = Σ_t ∂L/∂W_h|step t. Frameworks do this for you by accumulating gradients into the same tensor.',
      '한 파라미터가 여러 곳에서 쓰이면, 연쇄 법칙은 모든 쓰임의 기여를 더합니다: ∂L/∂W_h = Σ_t ∂L/∂W_h|t 시점. 프레임워크는 같은 텐서에 그래디언트를 누적해 이를 대신 해 줍니다.',
    ),
    videoUrl: video(2312),
  },
  {
    id: 'bptt-recursion',
    kind: 'single',
    prompt: bi(
      'The lecture asks: "is back-propagation also a recursion" — does training an RNN need a special algorithm for the time dependencies?',
      '강의의 질문: "역전파도 재귀인가?" — RNN을 학습할 때 시간 의존성 때문에 특별한 알고리즘이 필요할까요?',
    ),
    choices: [
      bi('Yes: each step needs its own optimizer', '그렇다: 시점마다 옵티마이저가 따로 필요하다'),
      bi('No: once unrolled it is an ordinary graph, and ordinary back-propagation walks it from the last step back to the first', '아니다: 펼치면 평범한 그래프가 되고, 평범한 역전파가 마지막 시점부터 첫 시점까지 거슬러 간다'),
      bi('Yes: gradients must be computed forwards in time', '그렇다: 그래디언트를 시간 순방향으로 계산해야 한다'),
      bi('No: RNNs are trained without gradients', '아니다: RNN은 그래디언트 없이 학습한다'),
    ],
    answer: 1,
    explanation: bi(
      'The backward pass does look recursive (the gradient at step t depends on the one at step t+1), but that is just the chain rule through a deep graph. The only RNN-specific part is that the weights are shared, so their gradients are summed.',
      '역전파는 재귀처럼 보이지만 (t 시점의 그래디언트가 t+1 시점의 것에 의존), 깊은 그래프를 따라가는 연쇄 법칙일 뿐입니다. RNN만의 특징은 가중치가 공유되어 그래디언트를 더한다는 점뿐입니다.',
    ),
    videoUrl: video(2312),
  },
  {
    id: 'bptt-ff-vs-rnn',
    kind: 'multi',
    prompt: bi('Comparing a plain feed-forward net with an unrolled RNN: which statements are true? (Select all.)', '평범한 피드포워드 신경망과 펼친 RNN을 비교할 때 옳은 것을 모두 고르세요.'),
    choices: [
      bi('In the feed-forward net each layer has its own weights; in the unrolled RNN all steps share one set', '피드포워드 신경망은 층마다 가중치가 따로 있고, 펼친 RNN은 모든 시점이 한 벌을 공유한다'),
      bi('The unrolled RNN receives an input x[t] at every "layer"; the feed-forward net only at the first', '펼친 RNN은 모든 "층"에서 입력 x[t]를 받고, 피드포워드 신경망은 첫 층에서만 받는다'),
      bi('The unrolled RNN has T times as many parameters as the cell', '펼친 RNN의 파라미터 수는 셀의 T배이다'),
      bi('Both are trained with the chain rule, from the loss backwards', '둘 다 손실에서 거꾸로 연쇄 법칙으로 학습한다'),
      bi('BPTT updates the weights after each step of the backward pass', 'BPTT는 역전파의 각 시점마다 가중치를 업데이트한다'),
    ],
    answers: [0, 1, 3],
    explanation: bi(
      'Unrolled, an RNN is a deep net with tied weights and an input at every layer (and possibly an output and a loss at every layer). Sharing means the parameter count does not grow with T; the gradients of all steps are summed and applied in one update.',
      '펼친 RNN은 가중치가 묶인 깊은 신경망이고, 모든 층에 입력이 (어쩌면 출력과 손실도) 있습니다. 공유 덕분에 파라미터 수는 T와 함께 늘지 않고, 모든 시점의 그래디언트를 더해 한 번에 업데이트합니다.',
    ),
    videoUrl: video(2360),
  },
  {
    id: 'bptt-step-order',
    kind: 'ordering',
    prompt: bi('Put one training step of an RNN on a sequence in order.', '시퀀스 하나로 RNN을 학습하는 한 스텝을 순서대로 놓으세요.'),
    items: [
      bi('Compute the loss from the outputs', '출력으로 손실 계산하기'),
      bi('Add up the gradients of the shared weights over all steps', '모든 시점에 걸쳐 공유 가중치의 그래디언트 더하기'),
      bi('Forward: run the cell over x[1..T], keeping every h[t]', '순전파: x[1..T]에 셀을 적용하며 모든 h[t] 보관하기'),
      bi('One optimizer update of the shared weights', '공유 가중치를 옵티마이저로 한 번 업데이트하기'),
      bi('Backward: send gradients from step T back to step 1', '역전파: 그래디언트를 T 시점에서 1 시점까지 거꾸로 보내기'),
    ],
    answer: [2, 0, 4, 1, 3],
    explanation: bi(
      'Forward through time, loss, backward through time, accumulate the shared gradients, then a single update. (In practice the accumulation happens during the backward pass; the update waits for it to finish.)',
      '시간 순으로 순전파, 손실, 시간을 거슬러 역전파, 공유 그래디언트 누적, 그리고 한 번의 업데이트. (실제로는 누적이 역전파 도중에 일어나고, 업데이트는 역전파가 끝날 때까지 기다립니다.)',
    ),
    videoUrl: video(2360),
  },
  {
    id: 'bptt-memory',
    kind: 'single',
    prompt: bi('Why does BPTT\'s memory use grow with the sequence length T?', 'BPTT의 메모리 사용량은 왜 시퀀스 길이 T와 함께 늘어날까요?'),
    choices: [
      bi('The number of parameters grows with T', '파라미터 수가 T와 함께 늘어서'),
      bi('The backward pass needs every step\'s activations (h[t], gate values), stored during the forward pass: T sets of them', '역전파에 모든 시점의 활성값(h[t], 게이트 값)이 필요하고, 순전파 때 T벌을 저장해 두어야 해서'),
      bi('The optimizer keeps T copies of the weights', '옵티마이저가 가중치를 T벌 보관해서'),
      bi('It does not: BPTT uses constant memory', '늘지 않는다: BPTT는 일정한 메모리만 쓴다'),
    ],
    answer: 1,
    explanation: bi(
      'Weights are shared, activations are not: each step has its own h[t] (and, for an LSTM, gates and cell), all needed for the gradients. This is one reason to cut long streams into chunks (truncated BPTT).',
      '가중치는 공유되지만 활성값은 아닙니다. 시점마다 자기 h[t]가 (LSTM이면 게이트와 셀도) 있고, 그래디언트 계산에 모두 필요합니다. 긴 스트림을 청크로 자르는(truncated BPTT) 이유 중 하나입니다.',
    ),
    videoUrl: video(2312),
  },
]);

const params = bi('parameters', '개');

export const bpttGenerators: QuestionGenerator[] = [
  defineGenerator('bptt-unrolled-steps', T, (rng) => {
    const len = rng.int(5, 200);
    return {
      kind: 'numeric',
      prompt: bi(
        `An RNN reads a sequence of ${len} steps, starting from the state h[0]. How many copies of the cell does the unrolled graph contain (i.e. how many times is W_h applied)?`,
        `RNN이 상태 h[0]에서 시작해 ${len} 시점짜리 시퀀스를 읽습니다. 펼친 그래프에는 셀의 복사본이 몇 개 있을까요 (즉, W_h가 몇 번 적용될까요)?`,
      ),
      answer: len,
      tolerance: 0,
      explanation: bi(
        `One cell per step: h[t] = tanh(W_h h[t−1] + W_x x[t] + b) for t = 1 … ${len}, so ${len} copies, all with the same weights. BPTT goes back through all ${len}, and W_h's gradient is a sum of ${len} terms.`,
        `시점마다 셀 하나: t = 1 … ${len}에 대해 h[t] = tanh(W_h h[t−1] + W_x x[t] + b)이므로 복사본은 ${len}개이고, 모두 같은 가중치를 씁니다. BPTT는 ${len}개를 모두 거슬러 가고, W_h의 그래디언트는 ${len}개 항의 합입니다.`,
      ),
      videoUrl: video(2360),
    };
  }),
  defineGenerator('bptt-shared-params', T, (rng) => {
    const d = rng.int(2, 40);
    const h = rng.int(4, 64);
    const len = rng.int(10, 500);
    const n = simpleRnnParams(d, h);
    return {
      kind: 'numeric',
      prompt: bi(
        `A TensorFlow.js simpleRNN layer has input size ${d} and ${h} units, and reads sequences of length ${len}. How many trainable parameters does the layer have (kernel, recurrent kernel and bias, as in tf.layers)?`,
        `TensorFlow.js simpleRNN 층의 입력 크기는 ${d}, 유닛은 ${h}개이고, 길이 ${len}의 시퀀스를 읽습니다. 이 층의 학습 가능한 파라미터는 몇 개일까요 (tf.layers처럼 kernel, recurrent kernel, bias)?`,
      ),
      answer: n,
      tolerance: 0,
      unit: params,
      explanation: bi(
        `(d + h + 1)·h = (${d} + ${h} + 1)·${h} = ${n}: kernel ${d}×${h}, recurrent kernel ${h}×${h}, bias ${h}. The length ${len} does not appear — all steps share the same weights.`,
        `(d + h + 1)·h = (${d} + ${h} + 1)·${h} = ${n}: kernel ${d}×${h}, recurrent kernel ${h}×${h}, bias ${h}. 길이 ${len}은 식에 나오지 않습니다. 모든 시점이 같은 가중치를 공유하니까요.`,
      ),
      videoUrl: video(2312),
    };
  }),
  defineGenerator('bptt-rnn-model-params', T, (rng) => {
    const d = rng.int(2, 40);
    const h = rng.int(4, 64);
    const o = rng.int(2, 20);
    const rnn = simpleRnnParams(d, h);
    const head = denseParams(h, o);
    return {
      kind: 'numeric',
      prompt: bi(
        `A TensorFlow.js model: simpleRNN (input size ${d}, ${h} units) followed by a dense layer with ${o} outputs on the last hidden state. How many trainable parameters in total?`,
        `TensorFlow.js 모델: simpleRNN(입력 크기 ${d}, 유닛 ${h}개) 뒤에, 마지막 은닉 상태를 받아 출력 ${o}개를 내는 dense 층이 있습니다. 학습 가능한 파라미터는 모두 몇 개일까요?`,
      ),
      answer: rnn + head,
      tolerance: 0,
      unit: params,
      explanation: bi(
        `simpleRNN: (${d} + ${h} + 1)·${h} = ${rnn}; dense: (${h} + 1)·${o} = ${head}; total ${rnn + head}. Both are the same for any sequence length.`,
        `simpleRNN: (${d} + ${h} + 1)·${h} = ${rnn}, dense: (${h} + 1)·${o} = ${head}, 합계 ${rnn + head}. 둘 다 시퀀스 길이와 상관없습니다.`,
      ),
      videoUrl: video(2312),
    };
  }),
];
