/** Topic 1 — why go to a higher hidden dimension (the SVD view). Lecture 5:07 and 8:40. */
import { bi, defineGenerator, forTopic, video, type QuestionGenerator } from './define';

const T = 'hidden-dimension' as const;

export const hiddenDimensionQuestions = forTopic(T, [
  {
    id: 'hd-svd-factors',
    kind: 'single',
    prompt: bi(
      'By the singular value decomposition, any real matrix can be written W = U Σ Vᵀ. Reading right to left, what does each factor do to an input vector x?',
      '특잇값 분해(SVD)에 따르면 모든 실수 행렬은 W = U Σ Vᵀ로 쓸 수 있습니다. 오른쪽부터 읽을 때, 각 인수는 입력 벡터 x에 무엇을 할까요?',
    ),
    choices: [
      bi('Vᵀ translates x, Σ rotates it, U scales it', 'Vᵀ는 x를 평행이동, Σ는 회전, U는 스케일링한다'),
      bi('Vᵀ rotates (or reflects), Σ stretches or squashes each axis (and adds or drops dimensions), U rotates (or reflects) again', 'Vᵀ는 회전(또는 반사), Σ는 각 축을 늘이거나 줄이고(차원을 더하거나 버리기도 함), U는 다시 회전(또는 반사)한다'),
      bi('Vᵀ applies a nonlinearity, Σ scales, U rotates', 'Vᵀ는 비선형 함수를 적용, Σ는 스케일링, U는 회전한다'),
      bi('All three only scale the axes; rotation comes from their product', '세 인수 모두 축을 스케일링할 뿐이고, 회전은 그 곱에서 생긴다'),
    ],
    answer: 1,
    explanation: bi(
      'U and V are orthogonal matrices, i.e. rotations or reflections; Σ is a (rectangular) diagonal matrix that stretches or squashes each axis by a singular value and pads or drops dimensions when W is not square. So a linear layer can only rotate, stretch and rotate again. Translation comes from the bias, and bending or folding only from the nonlinearity.',
      'U와 V는 직교 행렬, 즉 회전이나 반사입니다. Σ는 (직사각) 대각 행렬로, 각 축을 특잇값만큼 늘이거나 줄이고 W가 정사각이 아니면 차원을 덧붙이거나 버립니다. 따라서 선형 층이 할 수 있는 일은 회전 → 늘이기/줄이기 → 회전뿐입니다. 평행이동은 편향(bias)이, 휘거나 접는 것은 비선형 함수만이 할 수 있습니다.',
    ),
    videoUrl: video(520),
  },
  {
    id: 'hd-zero-singular-value',
    kind: 'single',
    prompt: bi(
      'A network keeps every hidden layer 2-D (2 → 2 → 2 → …). One layer\'s weight matrix has singular values 3 and 0. What happens to the data?',
      '어떤 신경망이 모든 은닉층을 2차원으로 유지합니다 (2 → 2 → 2 → …). 그중 한 층의 가중치 행렬의 특잇값이 3과 0입니다. 데이터에는 무슨 일이 일어날까요?',
    ),
    choices: [
      bi('Nothing is lost: a zero singular value only changes the scale', '잃는 것은 없다: 특잇값 0은 크기만 바꾼다'),
      bi('The bias of the next layer brings the lost direction back', '다음 층의 편향이 사라진 방향을 되살린다'),
      bi('The plane is flattened onto a line: one direction is lost and no later layer can recover it', '평면이 한 직선으로 눌린다: 한 방향의 정보가 사라지고, 이후 어떤 층도 되살릴 수 없다'),
      bi('The two classes become linearly separable', '두 클래스가 선형 분리 가능해진다'),
    ],
    answer: 2,
    explanation: bi(
      'A zero singular value means W maps a whole direction to 0: the 2-D data collapses onto a line, and points that differed only along that direction become identical. Nothing after it can tell them apart again. Staying in very low dimensions makes such losses likely; a wider hidden layer leaves room.',
      '특잇값이 0이라는 것은 W가 한 방향 전체를 0으로 보낸다는 뜻입니다. 2차원 데이터가 한 직선 위로 눌리고, 그 방향으로만 달랐던 점들은 똑같아집니다. 그 뒤의 어떤 층도 이 점들을 다시 구별할 수 없습니다. 아주 낮은 차원에 머무르면 이런 손실이 일어나기 쉽고, 은닉층을 넓히면 여유가 생깁니다.',
    ),
    videoUrl: video(520),
  },
  {
    id: 'hd-why-expand',
    kind: 'single',
    prompt: bi(
      'Why do we map a low-dimensional input to a higher-dimensional hidden layer (e.g. 2 → 100) before the nonlinearity?',
      '왜 저차원 입력을 비선형 함수 전에 더 높은 차원의 은닉층으로 보낼까요 (예: 2 → 100)?',
    ),
    choices: [
      bi('In many dimensions the nonlinearity can bend and fold the data apart, so classes tangled in 2-D become (almost) linearly separable', '높은 차원에서는 비선형 함수가 데이터를 휘고 접어 떼어 놓을 수 있어서, 2차원에서 얽혀 있던 클래스가 (거의) 선형 분리 가능해진다'),
      bi('A higher dimension adds information that was not in the input', '차원을 높이면 입력에 없던 정보가 생긴다'),
      bi('Matrix multiplications are faster in more dimensions', '차원이 높을수록 행렬 곱셈이 빠르다'),
      bi('So that the weight matrix is square and therefore invertible', '가중치 행렬을 정사각 행렬로 만들어 역행렬이 존재하게 하려고'),
    ],
    answer: 0,
    explanation: bi(
      'The linear map alone cannot add information (its rank is at most 2 here). What the extra room buys is freedom for the nonlinearity: after expanding, the ReLU or tanh can bend the data in ways that pull tangled classes apart, and a final linear layer can then separate them.',
      '선형 변환만으로는 정보가 늘지 않습니다 (여기서 랭크는 최대 2). 차원을 늘려 얻는 것은 비선형 함수가 움직일 여유입니다. 차원을 넓힌 뒤 ReLU나 tanh가 데이터를 휘어 얽힌 클래스를 떼어 놓으면, 마지막 선형 층이 그것들을 나눌 수 있습니다.',
    ),
    videoUrl: video(307),
  },
  {
    id: 'hd-expansion-rank',
    kind: 'single',
    prompt: bi(
      'A linear layer with no bias and no nonlinearity maps ℝ² → ℝ¹⁰⁰ (W is 100×2). What does the set of all its outputs look like?',
      '편향도 비선형 함수도 없는 선형 층이 ℝ² → ℝ¹⁰⁰로 보냅니다 (W는 100×2). 가능한 모든 출력의 집합은 어떤 모양일까요?',
    ),
    choices: [
      bi('It fills all of ℝ¹⁰⁰', 'ℝ¹⁰⁰ 전체를 채운다'),
      bi('A 100-dimensional ball', '100차원 공'),
      bi('At most a plane through the origin: a 2-D subspace of ℝ¹⁰⁰', '많아야 원점을 지나는 평면: ℝ¹⁰⁰ 안의 2차원 부분공간'),
      bi('Exactly 100 points', '정확히 100개의 점'),
    ],
    answer: 2,
    explanation: bi(
      'W has 2 columns, so rank W ≤ 2 (at most 2 nonzero singular values): every output is a combination of those two columns. The 98 extra dimensions are empty until a nonlinearity uses them; that is why expansion and nonlinearity go together.',
      'W의 열은 2개이므로 rank W ≤ 2 (0이 아닌 특잇값은 많아야 2개)이고, 모든 출력은 두 열의 선형 결합입니다. 나머지 98개 차원은 비선형 함수가 쓰기 전까지 비어 있습니다. 그래서 차원 확장과 비선형 함수는 함께 다닙니다.',
    ),
    videoUrl: video(520),
  },
  {
    id: 'hd-relu-low-dim',
    kind: 'single',
    prompt: bi('Why is a ReLU on a 2-D hidden layer risky?', '2차원 은닉층에 ReLU를 쓰는 것이 왜 위험할까요?'),
    choices: [
      bi('ReLU is not differentiable in two dimensions', 'ReLU는 2차원에서 미분할 수 없다'),
      bi('Every point with a negative coordinate is pushed onto an axis, and a whole quadrant collapses to the origin, so many inputs become indistinguishable', '음수 좌표를 가진 점은 모두 축 위로 밀리고 한 사분면 전체가 원점으로 뭉쳐서, 많은 입력을 구별할 수 없게 된다'),
      bi('ReLU turns the layer into a linear one', 'ReLU가 층을 선형으로 만든다'),
      bi('ReLU only works with square weight matrices', 'ReLU는 정사각 가중치 행렬에서만 동작한다'),
    ],
    answer: 1,
    explanation: bi(
      'ReLU sets negative coordinates to 0. With only 2 coordinates, a large share of the points lose one or both of them, so their differences are gone. With 100 coordinates, a point zeroed in some of them is still told apart by the others.',
      'ReLU는 음수 좌표를 0으로 만듭니다. 좌표가 2개뿐이면 많은 점이 하나 또는 둘 다를 잃어 서로의 차이가 사라집니다. 좌표가 100개라면 일부가 0이 되어도 나머지 좌표로 여전히 구별됩니다.',
    ),
    videoUrl: video(307),
  },
  {
    id: 'hd-linear-stack',
    kind: 'multi',
    prompt: bi(
      'A network stacks linear layers with no nonlinearity in between. Which statements are true? (Select all.)',
      '비선형 함수 없이 선형 층만 여러 개 쌓은 신경망이 있습니다. 옳은 것을 모두 고르세요.',
    ),
    choices: [
      bi('The whole stack equals one linear layer (the product of the matrices)', '전체는 하나의 선형 층(행렬들의 곱)과 같다'),
      bi('Its rank is at most the width of its narrowest layer', '그 랭크는 가장 좁은 층의 너비 이하이다'),
      bi('More layers let it separate classes that are not linearly separable', '층을 더 쌓으면 선형 분리 불가능한 클래스도 나눌 수 있다'),
      bi('A width-1 layer in the middle loses information for good', '중간에 너비가 1인 층이 있으면 정보가 영영 사라진다'),
      bi('Its product can have more nonzero singular values than any single layer', '곱 행렬은 어느 한 층보다 더 많은 0이 아닌 특잇값을 가질 수 있다'),
    ],
    answers: [0, 1, 3],
    explanation: bi(
      'A product of matrices is a matrix, so depth without nonlinearity adds nothing: the stack is one linear map and can only draw linear boundaries. rank(AB) ≤ min(rank A, rank B), so the narrowest layer bounds the rank, and a width-1 bottleneck squeezes everything onto a line.',
      '행렬의 곱은 다시 행렬이므로, 비선형 함수 없이 깊이만 늘리면 얻는 것이 없습니다. 전체가 하나의 선형 변환이라 선형 경계밖에 못 그립니다. rank(AB) ≤ min(rank A, rank B)이므로 가장 좁은 층이 랭크의 상한이 되고, 너비 1인 병목은 모든 것을 한 직선으로 눌러 버립니다.',
    ),
    videoUrl: video(520),
  },
  {
    id: 'hd-layer-order',
    kind: 'ordering',
    prompt: bi(
      'One hidden layer computes h = tanh(W x + b) with W = U Σ Vᵀ. Put what happens to x in order.',
      '은닉층 하나가 h = tanh(W x + b)를 계산하고, W = U Σ Vᵀ입니다. x에 일어나는 일을 순서대로 놓으세요.',
    ),
    items: [
      bi('Scale each axis by Σ', 'Σ로 각 축을 늘이거나 줄이기'),
      bi('Squash with tanh', 'tanh로 압축하기'),
      bi('Rotate by Vᵀ', 'Vᵀ로 회전하기'),
      bi('Shift by adding b', 'b를 더해 평행이동하기'),
      bi('Rotate by U', 'U로 회전하기'),
    ],
    answer: [2, 0, 4, 3, 1],
    explanation: bi(
      'W x = U(Σ(Vᵀx)): the rightmost factor acts first. Then the bias translates, and only the nonlinearity at the end can bend space — everything before it is an affine map.',
      'W x = U(Σ(Vᵀx))이므로 가장 오른쪽 인수가 먼저 작용합니다. 그다음 편향이 평행이동하고, 공간을 휠 수 있는 것은 마지막의 비선형 함수뿐입니다. 그 앞은 모두 아핀 변환입니다.',
    ),
    videoUrl: video(520),
  },
  {
    id: 'hd-singular-values-read',
    kind: 'single',
    prompt: bi('The singular values of a 3×3 weight matrix are 5, 1 and 0.01. What does this tell you?', '3×3 가중치 행렬의 특잇값이 5, 1, 0.01입니다. 이것으로 알 수 있는 것은?'),
    choices: [
      bi('W is orthogonal', 'W는 직교 행렬이다'),
      bi('W stretches one direction 5×, keeps one at scale 1 and nearly crushes the third: in practice it is close to rank 2', 'W는 한 방향을 5배 늘이고, 한 방향은 그대로 두고, 세 번째 방향은 거의 뭉갠다: 실질적으로 랭크 2에 가깝다'),
      bi('W rotates by 5, 1 and 0.01 radians', 'W는 5, 1, 0.01 라디안만큼 회전한다'),
      bi('W adds 5, 1 and 0.01 to the coordinates', 'W는 좌표에 5, 1, 0.01을 더한다'),
    ],
    answer: 1,
    explanation: bi(
      'Singular values are the stretch factors along the axes that Σ works on. 0.01 means that direction shrinks a hundredfold: almost lost, and tiny noise will swamp it. (An orthogonal matrix would have all singular values equal to 1.)',
      '특잇값은 Σ가 작용하는 축 방향의 늘임 배율입니다. 0.01은 그 방향이 100분의 1로 줄어든다는 뜻이라 정보가 거의 사라지고, 작은 잡음에도 묻힙니다. (직교 행렬이라면 특잇값이 모두 1입니다.)',
    ),
    videoUrl: video(520),
  },
]);

const count = bi('singular values', '개');

export const hiddenDimensionGenerators: QuestionGenerator[] = [
  defineGenerator('hd-rank-bound', T, (rng) => {
    const n = rng.int(2, 64);
    let m = rng.int(2, 64);
    if (m === n) m = n + 1;
    const r = Math.min(m, n);
    return {
      kind: 'numeric',
      prompt: bi(
        `A linear layer maps ℝ^${n} to ℝ^${m} (its weight matrix is ${m}×${n}). At most how many of its singular values can be nonzero?`,
        `선형 층이 ℝ^${n}을 ℝ^${m}로 보냅니다 (가중치 행렬은 ${m}×${n}). 0이 아닌 특잇값은 최대 몇 개일 수 있을까요?`,
      ),
      answer: r,
      tolerance: 0,
      unit: count,
      explanation: bi(
        `Σ in W = U Σ Vᵀ is ${m}×${n} with min(${m}, ${n}) = ${r} diagonal entries, so rank W ≤ ${r}. ${m > n ? `Going up to ${m} dimensions does not add directions: the outputs fill at most a ${n}-D subspace until a nonlinearity bends it.` : `Going down to ${m} dimensions drops at least ${n - m} input directions.`}`,
        `W = U Σ Vᵀ의 Σ는 ${m}×${n} 행렬이고 대각 성분은 min(${m}, ${n}) = ${r}개이므로 rank W ≤ ${r}입니다. ${m > n ? `${m}차원으로 올라가도 방향이 늘지는 않습니다. 비선형 함수가 휘기 전까지 출력은 많아야 ${n}차원 부분공간을 채웁니다.` : `${m}차원으로 내려가면 입력 방향 중 적어도 ${n - m}개가 사라집니다.`}`,
      ),
      videoUrl: video(520),
    };
  }),
  defineGenerator('hd-chain-rank', T, (rng) => {
    const widths = [rng.int(4, 64), rng.int(2, 64), rng.int(2, 64), rng.int(4, 64)];
    const r = Math.min(...widths);
    const chain = widths.join(' → ');
    return {
      kind: 'numeric',
      prompt: bi(
        `A network has layer widths ${chain} and no nonlinearities (just three weight matrices). What is the largest possible rank of the whole map?`,
        `층 너비가 ${chain}이고 비선형 함수가 없는 (가중치 행렬 세 개뿐인) 신경망이 있습니다. 전체 변환의 랭크는 최대 얼마일까요?`,
      ),
      answer: r,
      tolerance: 0,
      explanation: bi(
        `The whole map is the product of three matrices, and rank(AB) ≤ min(rank A, rank B). The narrowest width, ${r}, is a bottleneck: the rank is at most ${r}.`,
        `전체 변환은 세 행렬의 곱이고 rank(AB) ≤ min(rank A, rank B)입니다. 가장 좁은 너비(${r})가 병목이 되어 랭크는 최대 ${r}입니다.`,
      ),
      videoUrl: video(520),
    };
  }),
];
