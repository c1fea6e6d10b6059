/**
 * Topic 10 — gating: LSTM and GRU gates, the practicum. Lecture 57:57 (LSTM) and 51:08.
 * Equations follow TensorFlow.js (and the lecture): c[t] = f ⊙ c[t−1] + i ⊙ c̃, h[t] = o ⊙ tanh(c[t]);
 * GRU h[t] = z ⊙ h[t−1] + (1 − z) ⊙ h̃ with the reset gate applied before the recurrent product.
 */
import { denseParams, gruParams, lstmParams } from '../param-counts';
import { bi, defineGenerator, forTopic, video, type QuestionGenerator } from './define';

const T = 'gating' as const;
const LSTM_AT = video(3477);

export const gatingQuestions = forTopic(T, [
  {
    id: 'g-forget-gate',
    kind: 'single',
    prompt: bi('What does the LSTM forget gate f[t] do?', 'LSTM의 망각 게이트(forget gate) f[t]는 무엇을 할까요?'),
    choices: [
      bi('It deletes the oldest input from the sequence', '시퀀스에서 가장 오래된 입력을 지운다'),
      bi('It scales the old cell state c[t−1] element-wise: 1 keeps a cell\'s content, 0 erases it', '이전 셀 상태 c[t−1]에 원소별로 곱해진다: 1이면 내용을 유지하고, 0이면 지운다'),
      bi('It decides how much of the new candidate is written', '새 후보 값을 얼마나 쓸지 정한다'),
      bi('It resets the weights to their initial values', '가중치를 초깃값으로 되돌린다'),
    ],
    answer: 1,
    explanation: bi(
      'c[t] = f[t] ⊙ c[t−1] + i[t] ⊙ c̃[t]. The forget gate (the "remember" gate, really) multiplies the old memory; writing new content is the input gate\'s job.',
      'c[t] = f[t] ⊙ c[t−1] + i[t] ⊙ c̃[t]. 망각 게이트(사실상 "기억" 게이트)는 이전 메모리에 곱해집니다. 새 내용을 쓰는 것은 입력 게이트의 일입니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-input-gate',
    kind: 'single',
    prompt: bi('What does the LSTM input gate i[t] do?', 'LSTM의 입력 게이트(input gate) i[t]는 무엇을 할까요?'),
    choices: [
      bi('It normalises the input x[t]', '입력 x[t]를 정규화한다'),
      bi('It decides how much of the cell is shown as the output', '셀 내용을 출력으로 얼마나 내보낼지 정한다'),
      bi('It decides how much of the new candidate c̃[t] is written into the cell', '새 후보 값 c̃[t]를 셀에 얼마나 쓸지 정한다'),
      bi('It chooses which time step to read next', '다음에 읽을 시점을 고른다'),
    ],
    answer: 2,
    explanation: bi(
      'The candidate c̃[t] = tanh(W_c x[t] + U_c h[t−1] + b_c) is what could be stored; i[t] ⊙ c̃[t] is what actually gets added to the cell.',
      '후보 c̃[t] = tanh(W_c x[t] + U_c h[t−1] + b_c)는 저장할 수도 있는 값이고, i[t] ⊙ c̃[t]가 실제로 셀에 더해지는 값입니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-output-gate',
    kind: 'single',
    prompt: bi('What does the LSTM output gate o[t] do?', 'LSTM의 출력 게이트(output gate) o[t]는 무엇을 할까요?'),
    choices: [
      bi('It decides how much of tanh(c[t]) is exposed as the hidden state h[t]; the cell keeps its content either way', 'tanh(c[t])를 은닉 상태 h[t]로 얼마나 드러낼지 정한다. 셀은 어느 쪽이든 내용을 유지한다'),
      bi('It erases the cell after reading it', '셀을 읽은 뒤 지운다'),
      bi('It picks the predicted class', '예측 클래스를 고른다'),
      bi('It clips the gradient', '그래디언트를 클리핑한다'),
    ],
    answer: 0,
    explanation: bi(
      'h[t] = o[t] ⊙ tanh(c[t]). With o ≈ 0 the cell can hold information silently, without disturbing the rest of the network, until it is needed.',
      'h[t] = o[t] ⊙ tanh(c[t]). o ≈ 0이면 셀은 신경망의 나머지를 방해하지 않고 필요할 때까지 조용히 정보를 붙잡아 둘 수 있습니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-cell-update',
    kind: 'single',
    prompt: bi('Which equations are the LSTM state update?', 'LSTM의 상태 업데이트 식은 어느 것일까요?'),
    choices: [
      bi('c[t] = f[t] ⊙ c[t−1] ⊙ i[t] ⊙ c̃[t],  h[t] = c[t]', 'c[t] = f[t] ⊙ c[t−1] ⊙ i[t] ⊙ c̃[t],  h[t] = c[t]'),
      bi('c[t] = tanh(W c[t−1]),  h[t] = o[t] + c[t]', 'c[t] = tanh(W c[t−1]),  h[t] = o[t] + c[t]'),
      bi('c[t] = f[t] ⊙ c[t−1] + i[t] ⊙ c̃[t],  h[t] = o[t] ⊙ tanh(c[t])', 'c[t] = f[t] ⊙ c[t−1] + i[t] ⊙ c̃[t],  h[t] = o[t] ⊙ tanh(c[t])'),
      bi('h[t] = f[t] ⊙ h[t−1] + o[t]', 'h[t] = f[t] ⊙ h[t−1] + o[t]'),
    ],
    answer: 2,
    explanation: bi(
      'The cell is updated by a gated sum — keep part of the old, add part of the new — and the hidden state is a gated, squashed view of the cell. The sum (not a product, not a matrix) is what lets gradients flow far back.',
      '셀은 게이트가 조절하는 합으로 업데이트되고 (옛것의 일부를 유지하고 새것의 일부를 더함), 은닉 상태는 게이트를 거쳐 압축된 셀의 모습입니다. 곱도 행렬도 아닌 이 합 덕분에 그래디언트가 멀리까지 흐릅니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-memory-ops',
    kind: 'multi',
    prompt: bi(
      'With gate values at 0 or 1, which settings of (forget f, input i) do what they claim? (Select all.)',
      '게이트 값이 0 또는 1일 때, (망각 f, 입력 i) 설정과 그 동작이 올바르게 짝지어진 것을 모두 고르세요.',
    ),
    choices: [
      bi('Keep the memory: f = 1, i = 0', '메모리 유지: f = 1, i = 0'),
      bi('Write (replace) the memory: f = 0, i = 1', '메모리 쓰기(교체): f = 0, i = 1'),
      bi('Reset the memory: f = 0, i = 0', '메모리 초기화: f = 0, i = 0'),
      bi('Keep the memory: f = 0, i = 1', '메모리 유지: f = 0, i = 1'),
      bi('Reset the memory: f = 1, i = 1', '메모리 초기화: f = 1, i = 1'),
    ],
    answers: [0, 1, 2],
    explanation: bi(
      'From c[t] = f ⊙ c[t−1] + i ⊙ c̃: keep = old × 1 + new × 0; write = old × 0 + new × 1; reset = 0 + 0. (f = 1, i = 1 would add the new content on top of the old.)',
      'c[t] = f ⊙ c[t−1] + i ⊙ c̃에서: 유지 = 옛것 × 1 + 새것 × 0, 쓰기 = 옛것 × 0 + 새것 × 1, 초기화 = 0 + 0. (f = 1, i = 1이면 옛 내용 위에 새 내용을 더합니다.)',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-sigmoid',
    kind: 'single',
    prompt: bi('Why do the gates use a sigmoid (in tfjs by default its cheap cousin, the hard sigmoid)?', '게이트는 왜 시그모이드(tfjs 기본값은 계산이 싼 하드 시그모이드)를 쓸까요?'),
    choices: [
      bi('Its output lies between 0 and 1: a soft switch saying what fraction to let through, and differentiable, so the switching is learned', '출력이 0과 1 사이에 있다: 얼마만큼 통과시킬지 말해 주는 부드러운 스위치이고, 미분 가능해서 스위칭 자체를 학습할 수 있다'),
      bi('It is the only function with a derivative', '도함수가 있는 유일한 함수라서'),
      bi('Its output can be negative, which lets gates subtract memory', '출력이 음수일 수 있어 게이트가 메모리를 뺄 수 있어서'),
      bi('It makes the cell state binary', '셀 상태를 이진값으로 만들어서'),
    ],
    answer: 0,
    explanation: bi(
      'A gate multiplies a signal by a number in [0, 1]: 0 blocks, 1 passes, in between passes a fraction. Because it is (almost everywhere) differentiable, back-propagation learns when to open and close.',
      '게이트는 신호에 [0, 1] 사이의 수를 곱합니다. 0은 막고, 1은 통과시키고, 그 사이는 일부만 통과시킵니다. (거의 모든 곳에서) 미분 가능하므로 역전파가 언제 열고 닫을지를 학습합니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-why-less-vanishing',
    kind: 'single',
    prompt: bi('Why do gradients vanish less along the LSTM cell state?', 'LSTM의 셀 상태를 따라서는 왜 기울기가 덜 소실될까요?'),
    choices: [
      bi('The LSTM has more parameters', 'LSTM은 파라미터가 더 많아서'),
      bi('c[t] = f ⊙ c[t−1] + …: along this additive path ∂c[t]/∂c[t−1] is just f[t] (element-wise), close to 1 when the gate keeps — no repeated product with W_h and tanh′', 'c[t] = f ⊙ c[t−1] + …: 이 덧셈 경로에서 ∂c[t]/∂c[t−1]은 그냥 f[t](원소별)이고, 게이트가 유지하면 1에 가깝다 — W_h와 tanh′를 반복해서 곱하지 않는다'),
      bi('LSTMs use gradient clipping internally', 'LSTM은 내부적으로 그래디언트 클리핑을 써서'),
      bi('LSTMs are trained without back-propagation', 'LSTM은 역전파 없이 학습해서'),
    ],
    answer: 1,
    explanation: bi(
      'In a vanilla RNN each step back multiplies by diag(tanh′)·W_h. Along the cell state it multiplies by the forget gate, which the network can hold near 1 for as long as it needs to remember — a "constant error carousel".',
      '바닐라 RNN은 한 시점 거슬러 갈 때마다 diag(tanh′)·W_h를 곱합니다. 셀 상태를 따라서는 망각 게이트를 곱하는데, 신경망은 기억이 필요한 동안 이를 1 가까이 유지할 수 있습니다. 이른바 "constant error carousel"입니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-gru-update',
    kind: 'single',
    prompt: bi(
      'In a GRU as in TensorFlow.js, h[t] = z[t] ⊙ h[t−1] + (1 − z[t]) ⊙ h̃[t]. What does z[t] = 1 do?',
      'TensorFlow.js의 GRU에서 h[t] = z[t] ⊙ h[t−1] + (1 − z[t]) ⊙ h̃[t]입니다. z[t] = 1이면 어떻게 될까요?',
    ),
    choices: [
      bi('The state is replaced by the candidate h̃[t]', '상태가 후보 h̃[t]로 교체된다'),
      bi('The state is reset to zero', '상태가 0으로 초기화된다'),
      bi('The old state is kept unchanged: this input is skipped', '이전 상태가 그대로 유지된다: 이번 입력은 건너뛴다'),
      bi('The output is doubled', '출력이 두 배가 된다'),
    ],
    answer: 2,
    explanation: bi(
      'The update gate interpolates between keeping (z = 1) and replacing (z = 0): one gate doing the work of the LSTM\'s forget and input gates, tied as z and 1 − z. (Some papers swap z and 1 − z; the idea is the same.)',
      '업데이트 게이트는 유지(z = 1)와 교체(z = 0) 사이를 보간합니다. 게이트 하나가 z와 1 − z로 묶인 채 LSTM의 망각 게이트와 입력 게이트 일을 같이 합니다. (z와 1 − z를 바꿔 쓰는 논문도 있지만 생각은 같습니다.)',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-gru-reset',
    kind: 'single',
    prompt: bi('What does the GRU reset gate r[t] do?', 'GRU의 리셋 게이트(reset gate) r[t]는 무엇을 할까요?'),
    choices: [
      bi('It sets the whole state to zero at the end of each sequence', '시퀀스가 끝날 때마다 상태 전체를 0으로 만든다'),
      bi('It scales h[t−1] inside the candidate, h̃[t] = tanh(W x[t] + U (r[t] ⊙ h[t−1]) + b): r ≈ 0 lets the candidate ignore the past', '후보 안에서 h[t−1]에 곱해진다: h̃[t] = tanh(W x[t] + U (r[t] ⊙ h[t−1]) + b). r ≈ 0이면 후보가 과거를 무시한다'),
      bi('It resets the optimizer', '옵티마이저를 초기화한다'),
      bi('It decides how much of the state is shown as output', '상태를 출력으로 얼마나 보여 줄지 정한다'),
    ],
    answer: 1,
    explanation: bi(
      'The reset gate decides how much of the past the new candidate may look at; the update gate then decides how much of that candidate replaces the state. A GRU has no output gate: h is both memory and output.',
      '리셋 게이트는 새 후보가 과거를 얼마나 볼지 정하고, 업데이트 게이트는 그 후보가 상태를 얼마나 교체할지 정합니다. GRU에는 출력 게이트가 없어서 h가 메모리이자 출력입니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-gru-vs-lstm',
    kind: 'multi',
    prompt: bi('GRU versus LSTM: which statements are true? (Select all.)', 'GRU와 LSTM을 비교할 때 옳은 것을 모두 고르세요.'),
    choices: [
      bi('A GRU has no separate cell state: h is the memory', 'GRU에는 별도의 셀 상태가 없다: h가 메모리다'),
      bi('A GRU has 3 weight blocks, an LSTM 4, so a GRU has fewer parameters for the same sizes', 'GRU는 가중치 블록이 3개, LSTM은 4개라서 같은 크기라면 GRU의 파라미터가 더 적다'),
      bi('The GRU\'s update gate does the job of the LSTM\'s forget and input gates together (z and 1 − z)', 'GRU의 업데이트 게이트가 LSTM의 망각 게이트와 입력 게이트 일을 함께 한다 (z와 1 − z)'),
      bi('A GRU has an output gate', 'GRU에는 출력 게이트가 있다'),
    ],
    answers: [0, 1, 2],
    explanation: bi(
      'The GRU merges cell and hidden state, ties forget and input into one update gate and drops the output gate: 3 blocks (update, reset, candidate) instead of 4. It often performs on par with the LSTM.',
      'GRU는 셀 상태와 은닉 상태를 합치고, 망각·입력 게이트를 업데이트 게이트 하나로 묶고, 출력 게이트를 없앴습니다. 블록은 4개 대신 3개(업데이트, 리셋, 후보)입니다. 성능은 LSTM과 비슷한 경우가 많습니다.',
    ),
    videoUrl: LSTM_AT,
  },
  {
    id: 'g-practicum',
    kind: 'single',
    prompt: bi(
      'In the practicum (temporal order, easy level, hidden size 4), after 10 epochs the vanilla RNN was at about 50% accuracy and the LSTM at 100%. What happened next?',
      '실습(temporal order, easy 단계, 은닉 크기 4)에서 10 에폭 후 바닐라 RNN은 약 50%, LSTM은 100% 정확도였습니다. 그다음은 어떻게 되었을까요?',
    ),
    choices: [
      bi('The LSTM dropped to 50%', 'LSTM이 50%로 떨어졌다'),
      bi('After 100 epochs the RNN reached 100% on easy too; on longer sequences the RNN fails while the LSTM still works', '100 에폭 후에는 easy에서 RNN도 100%에 도달했다. 더 긴 시퀀스에서는 RNN이 실패하고 LSTM은 여전히 잘 된다'),
      bi('Both stayed where they were forever', '둘 다 영원히 그대로였다'),
      bi('The RNN beat the LSTM on every level', 'RNN이 모든 단계에서 LSTM을 이겼다'),
    ],
    answer: 1,
    explanation: bi(
      'On short sequences the vanilla RNN only learns more slowly; as the sequences get longer, its gradients vanish and it stops learning, while the gated cell keeps up. Try it yourself in the temporal-order challenge.',
      '짧은 시퀀스에서는 바닐라 RNN이 느리게 배울 뿐입니다. 시퀀스가 길어지면 기울기가 소실되어 학습이 멈추지만, 게이트 셀은 따라갑니다. temporal-order 챌린지에서 직접 확인해 보세요.',
    ),
    videoUrl: LSTM_AT,
  },
]);

const params = bi('parameters', '개');

/** Sizes in the range students pick in the challenges (browser-sized models). */
function drawSizes(rng: { int(a: number, b: number): number }) {
  return { d: rng.int(2, 40), h: rng.int(4, 64), o: rng.int(2, 20) };
}

export const gatingGenerators: QuestionGenerator[] = [
  defineGenerator('g-lstm-params', T, (rng) => {
    const { d, h, o } = drawSizes(rng);
    const cell = lstmParams(d, h);
    const head = denseParams(h, o);
    return {
      kind: 'numeric',
      prompt: bi(
        `As in TensorFlow.js: an LSTM layer (input size ${d}, ${h} units) followed by a dense layer with ${o} outputs. How many trainable parameters in total?`,
        `TensorFlow.js 기준: LSTM 층(입력 크기 ${d}, 유닛 ${h}개) 뒤에 출력 ${o}개짜리 dense 층이 있습니다. 학습 가능한 파라미터는 모두 몇 개일까요?`,
      ),
      answer: cell + head,
      tolerance: 0,
      unit: params,
      explanation: bi(
        `LSTM: 4 blocks (input, forget, cell candidate, output), each with a kernel, a recurrent kernel and a bias: 4·(${d} + ${h} + 1)·${h} = ${cell}. Dense: (${h} + 1)·${o} = ${head}. Total ${cell + head}.`,
        `LSTM: 블록 4개(입력, 망각, 셀 후보, 출력), 블록마다 kernel, recurrent kernel, bias: 4·(${d} + ${h} + 1)·${h} = ${cell}. Dense: (${h} + 1)·${o} = ${head}. 합계 ${cell + head}.`,
      ),
      videoUrl: LSTM_AT,
    };
  }),
  defineGenerator('g-gru-params', T, (rng) => {
    const { d, h, o } = drawSizes(rng);
    const cell = gruParams(d, h);
    const head = denseParams(h, o);
    return {
      kind: 'numeric',
      prompt: bi(
        `As in TensorFlow.js (whose GRU has no reset_after option, so one bias per gate): a GRU layer (input size ${d}, ${h} units) followed by a dense layer with ${o} outputs. How many trainable parameters in total?`,
        `TensorFlow.js 기준 (tfjs의 GRU에는 reset_after 옵션이 없어 게이트마다 bias가 하나): GRU 층(입력 크기 ${d}, 유닛 ${h}개) 뒤에 출력 ${o}개짜리 dense 층이 있습니다. 학습 가능한 파라미터는 모두 몇 개일까요?`,
      ),
      answer: cell + head,
      tolerance: 0,
      unit: params,
      explanation: bi(
        `GRU: 3 blocks (update, reset, candidate): 3·(${d} + ${h} + 1)·${h} = ${cell}. Dense: (${h} + 1)·${o} = ${head}. Total ${cell + head}. (Keras with reset_after=True and PyTorch keep a second bias per gate: 3·(${d} + ${h} + 2)·${h} = ${3 * (d + h + 2) * h}.)`,
        `GRU: 블록 3개(업데이트, 리셋, 후보): 3·(${d} + ${h} + 1)·${h} = ${cell}. Dense: (${h} + 1)·${o} = ${head}. 합계 ${cell + head}. (reset_after=True인 Keras와 PyTorch는 게이트마다 bias가 하나 더 있어 3·(${d} + ${h} + 2)·${h} = ${3 * (d + h + 2) * h}입니다.)`,
      ),
      videoUrl: LSTM_AT,
    };
  }),
  defineGenerator('g-stacked-lstm-params', T, (rng) => {
    const { d, h } = drawSizes(rng);
    const first = lstmParams(d, h);
    const second = lstmParams(h, h);
    return {
      kind: 'numeric',
      prompt: bi(
        `As in TensorFlow.js: two stacked LSTM layers of ${h} units each; the first reads inputs of size ${d}, the second reads the first one's hidden states. No dense head. How many trainable parameters?`,
        `TensorFlow.js 기준: 유닛 ${h}개짜리 LSTM 층 두 개를 쌓았습니다. 첫 층은 크기 ${d}인 입력을, 둘째 층은 첫 층의 은닉 상태를 읽습니다. dense 층은 없습니다. 학습 가능한 파라미터는 몇 개일까요?`,
      ),
      answer: first + second,
      tolerance: 0,
      unit: params,
      explanation: bi(
        `Layer 1: 4·(${d} + ${h} + 1)·${h} = ${first}. Layer 2 has input size ${h}: 4·(${h} + ${h} + 1)·${h} = ${second}. Total ${first + second}.`,
        `1층: 4·(${d} + ${h} + 1)·${h} = ${first}. 2층의 입력 크기는 ${h}: 4·(${h} + ${h} + 1)·${h} = ${second}. 합계 ${first + second}.`,
      ),
      videoUrl: LSTM_AT,
    };
  }),
];
