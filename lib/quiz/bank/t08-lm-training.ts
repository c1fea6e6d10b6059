/**
 * Topic 8 — training a language model: batch-ification, chunks, truncation, when to stop. Lecture 47:51.
 *
 * Conventions of the computed questions (stated in their text too): a stream of N characters is cut
 * into B streams of L = ⌊N/B⌋ characters (the last N mod B are dropped); a chunk holds T inputs and
 * T targets shifted by one, so only ⌊(L − 1)/T⌋ full chunks fit; tensors are batch-major as in
 * TensorFlow.js ([B, T, V] for one-hot chunks).
 */
import { bi, defineGenerator, forTopic, same, shuffledChoices, video, type QuestionGenerator } from './define';

const T = 'lm-training' as const;
const AT = video(2871);

export const lmTrainingQuestions = forTopic(T, [
  {
    id: 'lm-why-chunks',
    kind: 'single',
    prompt: bi(
      'Why cut a long text stream into chunks of T characters, instead of back-propagating through the whole text at once?',
      '긴 텍스트 스트림을 한 번에 역전파하지 않고 T글자짜리 청크로 자르는 이유는?',
    ),
    choices: [
      bi('Back-propagating through a million steps would store a million steps of activations for a single update: far too slow and memory-hungry', '백만 시점을 역전파하려면 업데이트 한 번에 백만 시점의 활성값을 저장해야 한다: 너무 느리고 메모리도 너무 많이 든다'),
      bi('Characters further than T apart are unrelated in any text', '어떤 텍스트든 T글자 넘게 떨어진 글자끼리는 관계가 없어서'),
      bi('tfjs cannot read more than T characters', 'tfjs는 T글자보다 많이 읽을 수 없어서'),
      bi('It makes the vocabulary smaller', '어휘 크기가 작아져서'),
    ],
    answer: 0,
    explanation: bi(
      'Memory grows with the number of unrolled steps, and one update per pass over the whole corpus would be hopelessly slow. Chunks of T give many short BPTT passes and many updates; the state is still carried across chunks.',
      '메모리는 펼친 시점 수에 비례하고, 코퍼스 전체를 한 번 훑을 때마다 업데이트가 한 번뿐이면 한없이 느립니다. T 길이 청크는 짧은 BPTT를 여러 번, 업데이트도 여러 번 하게 해 줍니다. 상태는 여전히 청크를 넘어 전달됩니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'lm-detach',
    kind: 'single',
    prompt: bi(
      'Between two consecutive chunks we keep the hidden state but detach it from the graph. Why both?',
      '연속한 두 청크 사이에서 은닉 상태는 유지하되 그래프에서는 떼어 냅니다(detach). 왜 둘 다 할까요?',
    ),
    choices: [
      bi('Keeping it saves memory; detaching it makes the model forget', '유지하면 메모리가 절약되고, 떼어 내면 모델이 잊는다'),
      bi('Both are needed only for LSTMs', 'LSTM에서만 둘 다 필요하다'),
      bi('Keep it: the next chunk continues the same text, so the state carries context. Detach it: gradients stop at the chunk border, so each BPTT is only T steps long (truncated BPTT)', '유지: 다음 청크는 같은 텍스트의 이어짐이므로 상태가 문맥을 전달한다. 떼어 냄: 그래디언트가 청크 경계에서 멈추므로 BPTT가 T 시점 길이로 제한된다 (truncated BPTT)'),
      bi('Detaching resets the state to zero', '떼어 내면 상태가 0으로 초기화된다'),
    ],
    answer: 2,
    explanation: bi(
      'The forward pass sees the whole past through the carried state; the backward pass stops at the start of the chunk. Without detaching, the graph — and the memory — would keep growing chunk after chunk.',
      '순전파는 전달된 상태를 통해 과거 전체를 보고, 역전파는 청크 시작에서 멈춥니다. 떼어 내지 않으면 그래프가 (그리고 메모리도) 청크마다 계속 커집니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'lm-why-streams',
    kind: 'single',
    prompt: bi(
      'Batch-ification splits the text into B long streams read side by side: row b of each batch continues row b of the previous batch. Why not take B random windows for every batch?',
      '배치화는 텍스트를 B개의 긴 스트림으로 나눠 나란히 읽습니다. 각 배치의 b번째 행은 이전 배치 b번째 행의 이어짐입니다. 왜 배치마다 무작위 구간 B개를 뽑지 않을까요?',
    ),
    choices: [
      bi('Random windows are slower to read from memory', '무작위 구간은 메모리에서 읽기 느려서'),
      bi('The carried hidden state only makes sense if the next chunk in the same row continues the same text', '전달된 은닉 상태는 같은 행의 다음 청크가 같은 텍스트를 이어 갈 때만 의미가 있어서'),
      bi('Random windows would need a larger vocabulary', '무작위 구간은 더 큰 어휘가 필요해서'),
      bi('B streams make the model smaller', 'B개 스트림이 모델을 작게 만들어서'),
    ],
    answer: 1,
    explanation: bi(
      'The state at the end of row b is a summary of the text read so far in stream b. It is a useful starting point only for the continuation of that same stream; a random window would start from the summary of unrelated text.',
      'b번째 행 끝의 상태는 스트림 b에서 지금까지 읽은 텍스트의 요약입니다. 같은 스트림의 이어짐에만 유용한 출발점이고, 무작위 구간이라면 관계없는 텍스트의 요약에서 출발하게 됩니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'lm-when-stop',
    kind: 'single',
    prompt: bi('When should you stop training a language model?', '언어 모델 학습은 언제 멈춰야 할까요?'),
    choices: [
      bi('When the training loss reaches zero', '학습 손실이 0이 될 때'),
      bi('After exactly one epoch', '정확히 1 에폭 뒤'),
      bi('When the loss on held-out validation text stops improving and starts to rise: more training would overfit', '따로 떼어 둔 검증 텍스트의 손실이 더 나아지지 않고 오르기 시작할 때: 더 학습하면 과적합된다'),
      bi('When the generated text looks long enough', '생성된 텍스트가 충분히 길어 보일 때'),
    ],
    answer: 2,
    explanation: bi(
      'The training loss keeps falling as the model memorises the corpus. Watch the validation loss (bits per character on text the model never trains on) and keep the weights from its minimum — early stopping. Unrolled ranks you on a hidden split for the same reason.',
      '학습 손실은 모델이 코퍼스를 외우면서 계속 내려갑니다. 검증 손실(모델이 학습하지 않는 텍스트의 글자당 비트)을 보고, 그것이 가장 낮았을 때의 가중치를 남기세요. 조기 종료(early stopping)입니다. Unrolled가 숨겨진 데이터로 순위를 매기는 이유도 같습니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 'lm-target-shift',
    kind: 'single',
    prompt: bi('An input chunk is x = text[i … i+T−1]. What is its target chunk?', '입력 청크가 x = text[i … i+T−1]일 때 정답 청크는?'),
    choices: [same('text[i … i+T−1]'), same('text[i+1 … i+T]'), same('text[i−1 … i+T−2]'), same('text[i+T … i+2T−1]')],
    answer: 1,
    explanation: bi(
      'Every position predicts the next character, so the target is the input shifted by one. That is why a stream of L characters holds only ⌊(L − 1)/T⌋ full chunks: the last input needs one more character as its target.',
      '모든 위치가 다음 글자를 예측하므로 정답은 입력을 한 칸 민 것입니다. 그래서 L글자 스트림에는 완전한 청크가 ⌊(L − 1)/T⌋개만 들어갑니다. 마지막 입력에도 정답이 될 글자가 하나 더 필요하니까요.',
    ),
    videoUrl: AT,
  },
  {
    id: 'lm-bits-per-char',
    kind: 'single',
    prompt: bi('What does "bits per character" measure?', '"글자당 비트(bits per character)"는 무엇을 잴까요?'),
    choices: [
      bi('The size of the model file', '모델 파일의 크기'),
      bi('The average cross-entropy in base 2: how many bits the model needs per character; lower is better', '밑이 2인 평균 교차 엔트로피: 모델이 글자 하나에 필요한 비트 수. 낮을수록 좋다'),
      bi('How many characters the model reads per second', '모델이 1초에 읽는 글자 수'),
      bi('The accuracy of the next-character guess, in percent', '다음 글자 추측의 정확도(퍼센트)'),
    ],
    answer: 1,
    explanation: bi(
      '−log₂ p(correct next character), averaged over the text. Uniform guessing over V symbols costs log₂ V bits; a good small LSTM on English gets to about 2.',
      '−log₂ p(정답인 다음 글자)를 텍스트 전체에 대해 평균 낸 값입니다. V개 기호를 균등하게 찍으면 log₂ V 비트이고, 영어에서 잘 학습된 작은 LSTM은 2 정도까지 갑니다.',
    ),
    videoUrl: AT,
  },
]);

const chars = bi('characters', '글자');

/** Corpus and batch sizes in the range of the lm challenge (Moby Dick is ~1.2 M characters). */
function drawStream(rng: { int(a: number, b: number): number; pick<X>(xs: readonly X[]): X }) {
  const n = rng.int(20_000, 1_200_000);
  const b = rng.pick([8, 16, 20, 32, 50, 64, 100, 128]);
  const t = rng.pick([20, 25, 32, 35, 50, 64, 100]);
  const l = Math.floor(n / b);
  return { n, b, t, l, chunks: Math.floor((l - 1) / t) };
}

export const lmTrainingGenerators: QuestionGenerator[] = [
  defineGenerator('lm-stream-length', T, (rng) => {
    const { n, b, l } = drawStream(rng);
    return {
      kind: 'numeric',
      prompt: bi(
        `Batch-ification: a text of ${n} characters is split into ${b} parallel streams of equal length (leftover characters at the end are dropped). How many characters does each stream hold?`,
        `배치화: ${n}글자 텍스트를 길이가 같은 ${b}개의 병렬 스트림으로 나눕니다 (끝에 남는 글자는 버림). 스트림 하나에는 몇 글자가 들어갈까요?`,
      ),
      answer: l,
      tolerance: 0,
      unit: chars,
      explanation: bi(
        `⌊${n} / ${b}⌋ = ${l}; the last ${n % b} characters are dropped. The text becomes a [${b}, ${l}] matrix: row b is one contiguous stream, read left to right.`,
        `⌊${n} / ${b}⌋ = ${l}이고, 마지막 ${n % b}글자는 버립니다. 텍스트는 [${b}, ${l}] 행렬이 되고, 각 행은 왼쪽에서 오른쪽으로 읽는 이어진 스트림 하나입니다.`,
      ),
      videoUrl: AT,
    };
  }),
  defineGenerator('lm-chunk-count', T, (rng) => {
    const { n, b, t, l, chunks } = drawStream(rng);
    return {
      kind: 'numeric',
      prompt: bi(
        `A text of ${n} characters is split into ${b} streams of ${l} characters each, then cut into chunks of T = ${t} steps. Each chunk needs ${t} inputs and ${t} targets (the next characters), and only full chunks are used. How many chunks (batches) per epoch?`,
        `${n}글자 텍스트를 ${l}글자씩 ${b}개 스트림으로 나눈 뒤, T = ${t} 시점짜리 청크로 자릅니다. 청크마다 입력 ${t}개와 정답 ${t}개(다음 글자)가 필요하고, 완전한 청크만 씁니다. 한 에폭에 청크(배치)는 몇 개일까요?`,
      ),
      answer: chunks,
      tolerance: 0,
      explanation: bi(
        `Targets are shifted by one, so a stream of ${l} characters gives ${l - 1} input/target pairs; ⌊${l - 1} / ${t}⌋ = ${chunks} full chunks. Each batch has shape [${b}, ${t}], and the state of row b is carried (detached) to the next batch.`,
        `정답은 한 칸 밀려 있으므로 ${l}글자 스트림에서 입력/정답 쌍은 ${l - 1}개이고, ⌊${l - 1} / ${t}⌋ = ${chunks}개의 완전한 청크가 나옵니다. 배치 하나의 모양은 [${b}, ${t}]이고, 각 행의 상태는 (detach된 채로) 다음 배치로 전달됩니다.`,
      ),
      videoUrl: AT,
    };
  }),
  defineGenerator('lm-chunk-shape', T, (rng) => {
    // [B, T, V] and [T, B, V] must differ, so B ≠ T.
    let s = drawStream(rng);
    while (s.b === s.t) s = drawStream(rng);
    const { n, b, t, l } = s;
    let v = rng.int(30, 100);
    while (v === b || v === t) v = rng.int(30, 100);
    const sh = (...d: number[]) => same(`[${d.join(', ')}]`);
    return {
      kind: 'single',
      prompt: bi(
        `A text of ${n} characters over a vocabulary of ${v} symbols is batch-ified into ${b} streams and cut into chunks of ${t} steps. What is the shape of one one-hot input chunk, batch-major as in TensorFlow.js?`,
        `기호 ${v}개짜리 어휘로 된 ${n}글자 텍스트를 ${b}개 스트림으로 배치화하고 ${t} 시점짜리 청크로 자릅니다. 원-핫으로 인코딩한 입력 청크 하나의 모양은 (TensorFlow.js처럼 배치 우선으로)?`,
      ),
      ...shuffledChoices(rng, sh(b, t, v), [sh(t, b, v), sh(b, l, v), sh(b, t)]),
      explanation: bi(
        `[batch, time, features] = [${b}, ${t}, ${v}]: ${b} streams side by side, ${t} steps of each, one ${v}-long one-hot vector per character. [${t}, ${b}, ${v}] is PyTorch's default time-major layout; [${b}, ${l}, ${v}] would be the whole stream at once; [${b}, ${t}] is the chunk before one-hot encoding.`,
        `[배치, 시간, 특징] = [${b}, ${t}, ${v}]: 스트림 ${b}개가 나란히, 각각 ${t} 시점, 글자마다 길이 ${v}인 원-핫 벡터 하나. [${t}, ${b}, ${v}]는 PyTorch 기본값인 시간 우선 배치이고, [${b}, ${l}, ${v}]는 스트림 전체를 한 번에 넣는 것, [${b}, ${t}]는 원-핫 인코딩 전의 청크입니다.`,
      ),
      videoUrl: AT,
    };
  }),
  defineGenerator('lm-updates', T, (rng) => {
    const { b, t, l, chunks } = drawStream(rng);
    const epochs = rng.int(2, 20);
    return {
      kind: 'numeric',
      prompt: bi(
        `${b} streams of ${l} characters, chunks of T = ${t} (only full chunks; targets shifted by one), one optimizer update per chunk-batch. How many updates in ${epochs} epochs?`,
        `${l}글자짜리 스트림 ${b}개, T = ${t} 청크 (완전한 청크만, 정답은 한 칸 밀림), 청크 배치마다 옵티마이저 업데이트 한 번. ${epochs} 에폭 동안 업데이트는 몇 번일까요?`,
      ),
      answer: epochs * chunks,
      tolerance: 0,
      explanation: bi(
        `Per epoch ⌊(${l} − 1) / ${t}⌋ = ${chunks} chunks, so ${epochs} × ${chunks} = ${epochs * chunks} updates. Each BPTT pass goes back ${t} steps only, while the forward state flows through all ${l} characters of a stream.`,
        `에폭마다 ⌊(${l} − 1) / ${t}⌋ = ${chunks}개 청크이므로 ${epochs} × ${chunks} = ${epochs * chunks}번 업데이트합니다. BPTT는 매번 ${t} 시점만 거슬러 가지만, 순전파 상태는 스트림의 ${l}글자 전체를 흐릅니다.`,
      ),
      videoUrl: AT,
    };
  }),
  defineGenerator('lm-uniform-bpc', T, (rng) => {
    const v = rng.int(20, 128);
    const bits = Math.log2(v);
    return {
      kind: 'numeric',
      prompt: bi(
        `A language model that has learned nothing assigns the same probability to each of ${v} symbols. How many bits per character does it score? (2 decimals)`,
        `아무것도 배우지 못한 언어 모델이 ${v}개 기호 각각에 같은 확률을 줍니다. 글자당 비트(bits per character)는 얼마일까요? (소수 둘째 자리까지)`,
      ),
      answer: bits,
      tolerance: 0.01,
      unit: bi('bits/char', '비트/글자'),
      explanation: bi(
        `−log₂(1/${v}) = log₂ ${v} ≈ ${bits.toFixed(3)}. This is the baseline: a trained model must get below it (good small LSTMs reach about 2 bits/char on English).`,
        `−log₂(1/${v}) = log₂ ${v} ≈ ${bits.toFixed(3)}. 이것이 기준선입니다. 학습된 모델은 이보다 낮아야 합니다 (영어에서 잘 학습된 작은 LSTM은 약 2비트/글자).`,
      ),
      videoUrl: AT,
    };
  }),
];
