/** Topic 2 — combinational vs sequential logic: memory. Lecture 11:02. */
import { bi, defineGenerator, forTopic, video, type QuestionGenerator } from './define';

const T = 'sequential-logic' as const;
const AT = video(662);

export const sequentialLogicQuestions = forTopic(T, [
  {
    id: 'sl-combinational',
    kind: 'single',
    prompt: bi('In digital logic, what makes a circuit combinational?', '디지털 논리에서 조합 논리 회로(combinational circuit)의 특징은 무엇일까요?'),
    choices: [
      bi('Its output depends on the current inputs and on a stored state', '출력이 현재 입력과 저장된 상태에 함께 의존한다'),
      bi('Its output depends only on its current inputs', '출력이 현재 입력에만 의존한다'),
      bi('It combines several clocks', '여러 개의 클록을 합친다'),
      bi('It feeds its output back through flip-flops', '출력을 플립플롭을 거쳐 다시 입력으로 되돌린다'),
    ],
    answer: 1,
    explanation: bi(
      'A combinational circuit is a pure function of its present inputs: same inputs, same outputs, no memory. A feed-forward neural network is the same: y = f(x).',
      '조합 논리 회로는 현재 입력만의 순수한 함수입니다. 입력이 같으면 출력도 같고, 메모리가 없습니다. 피드포워드 신경망도 마찬가지로 y = f(x)입니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-sequential',
    kind: 'single',
    prompt: bi('What does a sequential circuit have that a combinational one has not?', '순차 논리 회로(sequential circuit)에는 있고 조합 논리 회로에는 없는 것은?'),
    choices: [
      bi('More logic gates', '더 많은 논리 게이트'),
      bi('A faster clock', '더 빠른 클록'),
      bi('Memory: a state stored in registers and fed back, so the output also depends on past inputs', '메모리: 레지스터에 저장되어 되먹임되는 상태가 있어서, 출력이 과거 입력에도 의존한다'),
      bi('Analogue instead of digital signals', '디지털 대신 아날로그 신호'),
    ],
    answer: 2,
    explanation: bi(
      'Sequential logic = combinational logic + state. The state, kept in flip-flops, summarises the past inputs; the next state and the output are computed from the current input and the current state. That is exactly the recipe of a recurrent network.',
      '순차 논리 = 조합 논리 + 상태입니다. 플립플롭에 저장된 상태가 과거 입력을 요약하고, 다음 상태와 출력은 현재 입력과 현재 상태로 계산됩니다. 이것이 바로 순환 신경망의 설계도입니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-pairing',
    kind: 'single',
    prompt: bi('Which pairing is right?', '올바른 짝은 무엇일까요?'),
    choices: [
      bi('Feed-forward net ↔ sequential logic; recurrent net ↔ combinational logic', '피드포워드 신경망 ↔ 순차 논리, 순환 신경망 ↔ 조합 논리'),
      bi('Both ↔ combinational logic', '둘 다 ↔ 조합 논리'),
      bi('Both ↔ sequential logic', '둘 다 ↔ 순차 논리'),
      bi('Feed-forward net ↔ combinational logic; recurrent net ↔ sequential logic', '피드포워드 신경망 ↔ 조합 논리, 순환 신경망 ↔ 순차 논리'),
    ],
    answer: 3,
    explanation: bi(
      'A feed-forward net maps the current input to an output with no memory (combinational). A recurrent net keeps a hidden state h[t] that is fed back at the next step (sequential).',
      '피드포워드 신경망은 메모리 없이 현재 입력을 출력으로 보냅니다 (조합 논리). 순환 신경망은 은닉 상태 h[t]를 유지하고 다음 시점에 되먹임합니다 (순차 논리).',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-same-input',
    kind: 'single',
    prompt: bi(
      'The same input vector x appears twice in one sequence fed to a trained vanilla RNN, at different time steps. Are the two outputs equal?',
      '학습된 바닐라 RNN에 넣는 시퀀스 안에 같은 입력 벡터 x가 서로 다른 시점에 두 번 나옵니다. 두 시점의 출력은 같을까요?',
    ),
    choices: [
      bi('Always: same input, same weights', '항상 같다: 입력도 가중치도 같으니까'),
      bi('Not necessarily: the output also depends on the hidden state h[t−1], which carries the past', '꼭 같지는 않다: 출력은 과거를 담은 은닉 상태 h[t−1]에도 의존한다'),
      bi('Never: the weights change between time steps', '절대 같지 않다: 시점마다 가중치가 바뀐다'),
      bi('Only if x is the first input', 'x가 첫 입력일 때만 같다'),
    ],
    answer: 1,
    explanation: bi(
      'The weights are the same at every step (they are shared), but the state is not: h[t] = tanh(W_h h[t−1] + W_x x[t] + b). Different pasts give different states, hence different outputs for the same x — that is what memory means.',
      '가중치는 모든 시점에서 같지만(공유됨) 상태는 다릅니다: h[t] = tanh(W_h h[t−1] + W_x x[t] + b). 과거가 다르면 상태가 다르고, 같은 x에도 출력이 달라집니다. 이것이 메모리의 의미입니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-rnn-step',
    kind: 'single',
    prompt: bi('Which equation is one step of a vanilla (Elman) RNN?', '바닐라(Elman) RNN의 한 시점 계산은 어느 식일까요?'),
    choices: [
      bi('h[t] = tanh(W_h h[t−1] + W_x x[t] + b)', 'h[t] = tanh(W_h h[t−1] + W_x x[t] + b)'),
      bi('h[t] = tanh(W_x x[t] + b)', 'h[t] = tanh(W_x x[t] + b)'),
      bi('h[t] = W_h h[t−1]', 'h[t] = W_h h[t−1]'),
      bi('h[t] = tanh(W_t x[t] + b_t), with new weights W_t, b_t at every step', 'h[t] = tanh(W_t x[t] + b_t), 시점마다 새로운 가중치 W_t, b_t 사용'),
    ],
    answer: 0,
    explanation: bi(
      'The new state mixes the previous state (memory) and the current input, with the same W_h, W_x, b at every step. Without W_h h[t−1] it is a feed-forward layer; without the input it ignores the data; with new weights per step it would not be one recurrent cell.',
      '새 상태는 이전 상태(메모리)와 현재 입력을 섞으며, 모든 시점에서 같은 W_h, W_x, b를 씁니다. W_h h[t−1]이 없으면 피드포워드 층이고, 입력이 없으면 데이터를 무시하며, 시점마다 가중치가 다르면 하나의 순환 셀이 아닙니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-delay-element',
    kind: 'single',
    prompt: bi(
      'In the RNN diagram, the loop from h back into the cell goes through a delay (the little square, z⁻¹). What is its counterpart in a logic circuit?',
      'RNN 그림에서 h가 셀로 되돌아가는 고리에는 지연 소자(작은 네모, z⁻¹)가 있습니다. 논리 회로에서 이에 해당하는 것은?',
    ),
    choices: [
      bi('A multiplexer', '멀티플렉서'),
      bi('An AND gate', 'AND 게이트'),
      bi('A register (flip-flops) that holds the state until the next clock tick', '다음 클록까지 상태를 붙잡아 두는 레지스터(플립플롭)'),
      bi('A clock divider', '클록 분주기'),
    ],
    answer: 2,
    explanation: bi(
      'The delay hands the value computed at step t−1 to step t, like a register that latches its input on each clock tick. Remove it and the loop has no memory at all.',
      '지연 소자는 t−1 시점에 계산한 값을 t 시점으로 넘겨 줍니다. 클록마다 입력을 붙잡아 두는 레지스터와 같습니다. 이것을 없애면 고리에 메모리가 남지 않습니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-needs-memory',
    kind: 'multi',
    prompt: bi(
      'Which tasks need memory, i.e. cannot be solved by a model that sees only the current input x[t]? (Select all.)',
      '메모리가 필요한 작업, 즉 현재 입력 x[t]만 보는 모델로는 풀 수 없는 작업을 모두 고르세요.',
    ),
    choices: [
      bi('Echo: output the bit seen 3 steps ago', '에코: 3 시점 전에 본 비트를 출력하기'),
      bi('Turn each character to upper case', '각 글자를 대문자로 바꾸기'),
      bi('Predict the next character of a text', '텍스트의 다음 글자 예측하기'),
      bi('Tell whether X came before Y in a sequence (temporal order)', '시퀀스에서 X가 Y보다 먼저 나왔는지 판단하기 (temporal order)'),
      bi('Classify the colour of one pixel', '픽셀 하나의 색 분류하기'),
    ],
    answers: [0, 2, 3],
    explanation: bi(
      'Echo, next-character prediction and temporal order all depend on inputs that are gone by the time the answer is due, so the model must store something about them. Upper-casing a character or classifying one pixel is a pure function of the current input.',
      '에코, 다음 글자 예측, temporal order는 답을 낼 때 이미 지나간 입력에 의존하므로, 모델이 그에 관한 무언가를 저장해야 합니다. 글자를 대문자로 바꾸거나 픽셀 하나를 분류하는 것은 현재 입력만의 함수입니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'sl-unroll',
    kind: 'single',
    prompt: bi('What do we get when we unroll an RNN over T time steps?', 'RNN을 T 시점에 걸쳐 펼치면(unroll) 무엇이 될까요?'),
    choices: [
      bi('A feed-forward network T cells deep in which every copy of the cell uses the same weights', '셀 T개 깊이의 피드포워드 신경망. 모든 셀 복사본이 같은 가중치를 쓴다'),
      bi('T separate networks, each with its own weights', '각자 가중치를 가진 T개의 독립된 신경망'),
      bi('One layer T times wider', 'T배 넓은 층 하나'),
      bi('A convolutional network with kernel size T', '커널 크기가 T인 합성곱 신경망'),
    ],
    answer: 0,
    explanation: bi(
      'Unrolling turns the sequential circuit into a combinational one: each time step becomes one layer, the state flows from layer to layer, and all layers share the same parameters. This is the picture used to train it with back-propagation.',
      '펼치면 순차 회로가 조합 회로로 바뀝니다. 시점 하나가 층 하나가 되고, 상태가 층에서 층으로 흐르며, 모든 층이 같은 파라미터를 공유합니다. 역전파로 학습할 때 쓰는 그림이 바로 이것입니다.',
    ),
    videoUrl: AT,
  },
]);

export const sequentialLogicGenerators: QuestionGenerator[] = [
  defineGenerator('sl-echo-memory-bits', T, (rng) => {
    const d = rng.int(2, 15);
    return {
      kind: 'numeric',
      prompt: bi(
        `An echo circuit outputs, at every step, the bit it received ${d} steps earlier (zeros at the start). At least how many bits of state must it store?`,
        `에코 회로가 매 시점, ${d} 시점 전에 받은 비트를 출력합니다 (처음에는 0). 상태로 최소 몇 비트를 저장해야 할까요?`,
      ),
      answer: d,
      tolerance: 0,
      unit: bi('bits', '비트'),
      explanation: bi(
        `At step t it must output x[t−${d}] and later x[t−${d - 1}], …, x[t−1], so the last ${d} input bits must all be held: a shift register of ${d} flip-flops (2^${d} = ${2 ** d} states). An RNN for the echo task must keep the same information in its hidden state.`,
        `t 시점에는 x[t−${d}]를, 그 뒤에는 x[t−${d - 1}], …, x[t−1]을 출력해야 하므로 최근 입력 ${d}비트를 모두 들고 있어야 합니다. 플립플롭 ${d}개짜리 시프트 레지스터입니다 (상태 2^${d} = ${2 ** d}가지). 에코 작업을 푸는 RNN도 같은 정보를 은닉 상태에 담아야 합니다.`,
      ),
      videoUrl: AT,
    };
  }),
  defineGenerator('sl-echo-window', T, (rng) => {
    const d = rng.int(2, 15);
    return {
      kind: 'numeric',
      prompt: bi(
        `A feed-forward (combinational) net sees a sliding window of the k most recent inputs x[t−k+1], …, x[t]. It must echo the input delayed by ${d} steps. What is the smallest window k that works?`,
        `피드포워드(조합) 신경망이 최근 입력 k개로 된 슬라이딩 윈도 x[t−k+1], …, x[t]를 봅니다. 입력을 ${d} 시점 늦춰 그대로 출력(에코)해야 합니다. 가능한 가장 작은 윈도 크기 k는?`,
      ),
      answer: d + 1,
      tolerance: 0,
      explanation: bi(
        `The window must reach back to x[t−${d}]: t−k+1 ≤ t−${d}, so k ≥ ${d + 1}. A combinational model needs a window that grows with the delay; an RNN instead carries what it needs in its state, whatever the delay.`,
        `윈도가 x[t−${d}]까지 닿아야 하므로 t−k+1 ≤ t−${d}, 즉 k ≥ ${d + 1}입니다. 조합 모델은 지연이 길어질수록 윈도를 키워야 하지만, RNN은 지연과 상관없이 필요한 것을 상태에 담아 나릅니다.`,
      ),
      videoUrl: AT,
    };
  }),
];
