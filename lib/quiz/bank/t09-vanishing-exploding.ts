/** Topic 9 — vanishing and exploding gradients, gradient clipping. Lecture 51:08. */
import { bi, defineGenerator, forTopic, video, type QuestionGenerator } from './define';

const T = 'vanishing-exploding' as const;
const AT = video(3068);

export const vanishingExplodingQuestions = forTopic(T, [
  {
    id: 've-why-vanish',
    kind: 'single',
    prompt: bi('Why do gradients vanish in a vanilla RNN over many steps?', '바닐라 RNN에서 여러 시점을 거치면 왜 기울기가 소실될까요?'),
    choices: [
      bi('Because the learning rate is too small', '학습률이 너무 작아서'),
      bi('The gradient from step t back to step t−k is a product of k Jacobians (W_hᵀ times tanh′ ≤ 1); when their norms are below 1 the product shrinks exponentially in k', 't 시점에서 t−k 시점까지의 그래디언트는 야코비안 k개(W_hᵀ와 tanh′ ≤ 1의 곱)의 곱이다. 그 노름이 1보다 작으면 곱은 k에 대해 지수적으로 줄어든다'),
      bi('Because the weights are shared, their gradients cancel out', '가중치가 공유되어 그래디언트끼리 상쇄되어서'),
      bi('Because the loss is computed only at the last step', '손실을 마지막 시점에서만 계산해서'),
    ],
    answer: 1,
    explanation: bi(
      'Back-propagating through k steps multiplies by ∂h[t]/∂h[t−1] = diag(tanh′)·W_h k times. With factors below 1 in norm, 0.9⁵⁰ ≈ 0.005: the signal from far away is gone, and the RNN cannot learn long dependencies.',
      'k 시점을 역전파하면 ∂h[t]/∂h[t−1] = diag(tanh′)·W_h를 k번 곱합니다. 노름이 1보다 작으면, 예를 들어 0.9⁵⁰ ≈ 0.005로 먼 곳의 신호가 사라져서 RNN이 긴 의존성을 배우지 못합니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 've-why-explode',
    kind: 'single',
    prompt: bi('When do gradients explode in an RNN?', 'RNN에서 기울기는 언제 폭발할까요?'),
    choices: [
      bi('When the sequence is short', '시퀀스가 짧을 때'),
      bi('When the batch is large', '배치가 클 때'),
      bi('When the Jacobians along time have norms above 1 (e.g. W_h\'s largest singular value > 1), so their product grows exponentially with the number of steps', '시간 축을 따라 곱해지는 야코비안의 노름이 1보다 클 때 (예: W_h의 가장 큰 특잇값 > 1). 그 곱이 시점 수에 대해 지수적으로 커진다'),
      bi('When tanh saturates', 'tanh가 포화될 때'),
    ],
    answer: 2,
    explanation: bi(
      'Same product, other side of 1: 1.2⁵⁰ ≈ 9100. One huge gradient step can throw the weights far away and the loss to NaN. (A saturated tanh has a derivative near 0, which makes gradients vanish, not explode.)',
      '같은 곱이 1의 반대편에 있는 경우입니다: 1.2⁵⁰ ≈ 9100. 거대한 그래디언트 한 번이 가중치를 멀리 날려 보내고 손실을 NaN으로 만들 수 있습니다. (포화된 tanh는 도함수가 0에 가까워 기울기를 폭발이 아니라 소실시킵니다.)',
    ),
    videoUrl: AT,
  },
  {
    id: 've-clip-what',
    kind: 'single',
    prompt: bi('Gradient clipping by norm with threshold c: what happens when ‖g‖ > c?', '임계값 c로 노름 기준 그래디언트 클리핑을 할 때, ‖g‖ > c이면 어떻게 될까요?'),
    choices: [
      bi('g is rescaled to g · c/‖g‖: same direction, norm c', 'g를 g · c/‖g‖로 줄인다: 방향은 그대로, 노름은 c'),
      bi('Every component is set to c', '모든 성분을 c로 바꾼다'),
      bi('The step is skipped', '그 스텝을 건너뛴다'),
      bi('g is set to zero', 'g를 0으로 만든다'),
    ],
    answer: 0,
    explanation: bi(
      'Clipping by norm keeps the direction of steepest descent but caps the step length. (Clipping each component to [−c, c] also exists, but it changes the direction.)',
      '노름 기준 클리핑은 가장 가파른 하강 방향은 유지하되 스텝 길이를 제한합니다. (성분마다 [−c, c]로 자르는 방식도 있지만, 그러면 방향이 바뀝니다.)',
    ),
    videoUrl: AT,
  },
  {
    id: 've-clip-fixes',
    kind: 'single',
    prompt: bi('Which problem does gradient clipping fix?', '그래디언트 클리핑이 해결하는 문제는?'),
    choices: [
      bi('Vanishing gradients', '기울기 소실'),
      bi('Both vanishing and exploding gradients', '기울기 소실과 폭발 모두'),
      bi('Overfitting', '과적합'),
      bi('Exploding gradients only: it cannot make a vanished gradient bigger', '기울기 폭발만: 사라진 그래디언트를 키워 줄 수는 없다'),
    ],
    answer: 3,
    explanation: bi(
      'Clipping only ever shrinks. A gradient that has already vanished stays tiny; fixing that takes a different architecture — gates with an additive memory path (LSTM, GRU).',
      '클리핑은 줄이기만 합니다. 이미 사라진 그래디언트는 여전히 작습니다. 그것을 고치려면 다른 구조, 즉 덧셈 경로로 된 메모리를 가진 게이트(LSTM, GRU)가 필요합니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 've-symptoms',
    kind: 'multi',
    prompt: bi('Which symptoms point to exploding gradients? (Select all.)', '기울기 폭발을 의심할 만한 증상을 모두 고르세요.'),
    choices: [
      bi('The loss suddenly jumps up or becomes NaN', '손실이 갑자기 치솟거나 NaN이 된다'),
      bi('Some weights become huge or Infinity', '일부 가중치가 엄청나게 커지거나 Infinity가 된다'),
      bi('The loss decreases smoothly but the model never learns dependencies longer than a few steps', '손실은 매끄럽게 줄지만 모델이 몇 시점보다 긴 의존성을 끝내 배우지 못한다'),
      bi('The training loss is much lower than the validation loss', '학습 손실이 검증 손실보다 훨씬 낮다'),
    ],
    answers: [0, 1],
    explanation: bi(
      'Explosions show up as sudden spikes, NaN and Inf. A smooth loss that never captures long-range structure is the vanishing side; a gap between training and validation loss is overfitting.',
      '폭발은 갑작스러운 급등, NaN, Inf로 나타납니다. 손실이 매끄럽지만 긴 범위의 구조를 못 잡는 것은 소실 쪽이고, 학습 손실과 검증 손실의 차이는 과적합입니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 've-temporal-order-hard',
    kind: 'single',
    prompt: bi(
      'On the hard temporal-order level, the relevant symbols X/Y sit at positions 10–20 and 50–60 of sequences 100–110 symbols long. Why does a vanilla RNN fail where an LSTM succeeds?',
      '어려운(hard) temporal-order 단계에서는 길이 100–110인 시퀀스의 10–20번째와 50–60번째 위치에 관련 기호 X/Y가 있습니다. 왜 바닐라 RNN은 실패하고 LSTM은 성공할까요?',
    ),
    choices: [
      bi('The vanilla RNN has too many parameters', '바닐라 RNN의 파라미터가 너무 많아서'),
      bi('The error signal from the label must travel back to the first relevant symbol, some 80–100 steps earlier; through the vanilla RNN it vanishes on the way, while the LSTM\'s cell state carries it', '레이블에서 나온 오차 신호가 80–100 시점 앞의 첫 관련 기호까지 거슬러 가야 한다. 바닐라 RNN에서는 가는 도중에 사라지지만, LSTM의 셀 상태는 이를 실어 나른다'),
      bi('LSTMs read the sequence backwards', 'LSTM은 시퀀스를 거꾸로 읽어서'),
      bi('The vanilla RNN cannot output 4 classes', '바닐라 RNN은 4개 클래스를 출력할 수 없어서'),
    ],
    answer: 1,
    explanation: bi(
      'The class depends on what happened at t1 (10–20), and the loss is computed after the end (~105), so the gradient must cross ~90 steps. The practicum shows it: on short sequences both cells learn, on long ones only the gated one does.',
      '클래스는 t1(10–20) 시점에 일어난 일에 달려 있고 손실은 끝(~105) 뒤에 계산되므로, 그래디언트가 약 90 시점을 건너야 합니다. 실습이 보여 주듯, 짧은 시퀀스에서는 두 셀 모두 배우지만 긴 시퀀스에서는 게이트가 있는 셀만 배웁니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 've-remedies',
    kind: 'multi',
    prompt: bi('Which of these help against vanishing gradients in RNNs? (Select all.)', 'RNN의 기울기 소실을 줄이는 데 도움이 되는 것을 모두 고르세요.'),
    choices: [
      bi('Gated cells (LSTM, GRU) with an additive memory path', '덧셈 경로의 메모리를 가진 게이트 셀 (LSTM, GRU)'),
      bi('Initialising W_h as an orthogonal (or identity) matrix, so its singular values start at 1', 'W_h를 직교(또는 단위) 행렬로 초기화해 특잇값이 1에서 시작하게 하기'),
      bi('Gradient clipping', '그래디언트 클리핑'),
      bi('Detaching the hidden state more often', '은닉 상태를 더 자주 떼어 내기(detach)'),
    ],
    answers: [0, 1],
    explanation: bi(
      'Gates give the gradient a path where it is multiplied by a forget gate near 1 instead of by W_h and tanh′; orthogonal initialisation keeps the product\'s norm near 1 at the start (tfjs uses it for the recurrent kernel by default). Clipping only shrinks, and detaching more often makes the horizon shorter, not longer.',
      '게이트는 그래디언트가 W_h와 tanh′ 대신 1에 가까운 망각 게이트와 곱해지는 경로를 제공합니다. 직교 초기화는 처음에 곱의 노름을 1 근처로 유지합니다 (tfjs는 recurrent kernel에 기본으로 씁니다). 클리핑은 줄이기만 하고, 더 자주 떼어 내면 볼 수 있는 범위가 길어지는 게 아니라 짧아집니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 've-clip-order',
    kind: 'ordering',
    prompt: bi('Put a training step with gradient clipping in order.', '그래디언트 클리핑이 있는 학습 스텝을 순서대로 놓으세요.'),
    items: [
      bi('Rescale the gradients if the norm exceeds the threshold', '노름이 임계값을 넘으면 그래디언트를 줄이기'),
      bi('Forward pass and loss', '순전파와 손실 계산'),
      bi('The optimizer updates the weights', '옵티마이저가 가중치 업데이트'),
      bi('Backward pass (BPTT) computes the gradients', '역전파(BPTT)로 그래디언트 계산'),
      bi('Compute the gradient norm', '그래디언트 노름 계산'),
    ],
    answer: [1, 3, 4, 0, 2],
    explanation: bi(
      'Clipping sits between back-propagation and the update: it needs the finished gradients and must act before they are applied.',
      '클리핑은 역전파와 업데이트 사이에 옵니다. 완성된 그래디언트가 필요하고, 적용되기 전에 작용해야 하니까요.',
    ),
    videoUrl: AT,
  },
]);

/** Smallest k ≥ 1 with w^k past the limit (below it when w < 1, above it when w > 1), by repeated multiplication. */
function stepsUntil(w: number, limit: number): number {
  let g = 1;
  for (let k = 1; k < 10_000; k++) {
    g *= w;
    if (w < 1 ? g < limit : g > limit) return k;
  }
  throw new RangeError(`w = ${w} never reaches ${limit}`);
}

export const vanishingExplodingGenerators: QuestionGenerator[] = [
  defineGenerator('ve-steps-to-vanish', T, (rng) => {
    const vanish = rng.int(0, 1) === 0;
    const w = vanish ? rng.pick([0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) : rng.pick([1.1, 1.2, 1.5, 2]);
    const limit = vanish ? 0.01 : 100;
    const k = stepsUntil(w, limit);
    const what = vanish ? bi('drop below 0.01', '0.01보다 작아질까요') : bi('exceed 100', '100보다 커질까요');
    return {
      kind: 'numeric',
      prompt: bi(
        `A scalar linear RNN h[t] = ${w} · h[t−1], so ∂h[k]/∂h[0] = ${w}^k. After how many steps k does this gradient first ${what.en}?`,
        `스칼라 선형 RNN h[t] = ${w} · h[t−1]에서는 ∂h[k]/∂h[0] = ${w}^k입니다. 몇 시점(k) 만에 이 그래디언트가 처음으로 ${what.ko}?`,
      ),
      answer: k,
      tolerance: 0,
      explanation: bi(
        `${w}^${k - 1} ≈ ${(w ** (k - 1)).toPrecision(3)} and ${w}^${k} ≈ ${(w ** k).toPrecision(3)}, so k = ${k}. The same repeated product, with matrices instead of a scalar, is why vanilla RNNs ${vanish ? 'forget long dependencies (vanishing)' : 'blow up (exploding): clip the gradient'}.`,
        `${w}^${k - 1} ≈ ${(w ** (k - 1)).toPrecision(3)}, ${w}^${k} ≈ ${(w ** k).toPrecision(3)}이므로 k = ${k}입니다. 스칼라 대신 행렬로 같은 곱을 반복하는 것이 바닐라 RNN이 ${vanish ? '긴 의존성을 잊는(소실)' : '발산하는(폭발; 그래디언트를 클리핑하세요)'} 이유입니다.`,
      ),
      videoUrl: AT,
    };
  }),
  defineGenerator('ve-clip-component', T, (rng) => {
    const [a0, b0, n0] = rng.pick([
      [3, 4, 5],
      [5, 12, 13],
      [8, 15, 17],
      [7, 24, 25],
    ] as const);
    const scale = rng.int(1, 4);
    const [a, b, norm] = rng.int(0, 1) ? [a0 * scale, b0 * scale, n0 * scale] : [b0 * scale, a0 * scale, n0 * scale];
    const c = rng.pick([1, 2, 5, 10, 20, 50]);
    const clipped = norm > c ? (a * c) / norm : a;
    return {
      kind: 'numeric',
      prompt: bi(
        `The gradient is g = (${a}, ${b}) and we clip by norm with threshold ${c} (if ‖g‖ > ${c}, g ← g · ${c}/‖g‖). What is the first component of g after clipping? (2 decimals)`,
        `그래디언트가 g = (${a}, ${b})이고 임계값 ${c}로 노름 기준 클리핑을 합니다 (‖g‖ > ${c}이면 g ← g · ${c}/‖g‖). 클리핑 후 g의 첫 번째 성분은? (소수 둘째 자리까지)`,
      ),
      answer: clipped,
      tolerance: 0.01,
      explanation:
        norm > c
          ? bi(
              `‖g‖ = √(${a}² + ${b}²) = ${norm} > ${c}, so g is scaled by ${c}/${norm}: ${a} · ${c}/${norm} ≈ ${clipped.toFixed(2)}. The direction is unchanged; only the length is capped.`,
              `‖g‖ = √(${a}² + ${b}²) = ${norm} > ${c}이므로 g에 ${c}/${norm}을 곱합니다: ${a} · ${c}/${norm} ≈ ${clipped.toFixed(2)}. 방향은 그대로이고 길이만 제한됩니다.`,
            )
          : bi(
              `‖g‖ = √(${a}² + ${b}²) = ${norm} ≤ ${c}, so clipping does nothing: the first component stays ${a}. Clipping only acts on gradients that are too long.`,
              `‖g‖ = √(${a}² + ${b}²) = ${norm} ≤ ${c}이므로 클리핑은 아무것도 하지 않습니다. 첫 번째 성분은 ${a} 그대로입니다. 클리핑은 너무 긴 그래디언트에만 작용합니다.`,
            ),
      videoUrl: AT,
    };
  }),
];
