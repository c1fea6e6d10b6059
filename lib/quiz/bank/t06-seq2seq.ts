/** Topic 6 — sequence to sequence (autocomplete). Lecture 35:26. */
import { bi, defineGenerator, forTopic, same, shuffledChoices, video, type QuestionGenerator } from './define';

const T = 'seq2seq' as const;
const AT = video(2126);

export const seq2seqQuestions = forTopic(T, [
  {
    id: 's2s-diagram',
    kind: 'single',
    prompt: bi('In the seq2seq diagram of the lecture, when is an output produced?', '강의의 seq2seq 다이어그램에서 출력은 언제 나올까요?'),
    choices: [
      bi('Only once, after the whole input', '입력 전체가 끝난 뒤 한 번만'),
      bi('At every time step, right after reading that step\'s input', '매 시점, 그 시점의 입력을 읽은 직후'),
      bi('Only at the first step', '첫 시점에만'),
      bi('Every other step', '한 시점 걸러 한 번씩'),
    ],
    answer: 1,
    explanation: bi(
      'seq2seq (in this lecture\'s sense) emits one output per input as the sequence flows, e.g. a suggestion after every keystroke.',
      '이 강의에서 말하는 seq2seq는 시퀀스가 흘러가는 동안 입력마다 출력을 하나씩 냅니다. 예를 들어 키를 누를 때마다 추천을 하나씩 냅니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-application',
    kind: 'single',
    prompt: bi('Which application fits seq2seq (one output per input, as it arrives)?', 'seq2seq(입력이 들어올 때마다 출력 하나)에 맞는 응용은?'),
    choices: [
      bi('Autocomplete: after each typed character or word, suggest what comes next', '자동완성: 글자나 단어를 칠 때마다 다음에 올 것을 추천'),
      bi('Image captioning', '이미지 캡셔닝'),
      bi('Review → stars', '리뷰 → 별점'),
      bi('Translating a whole paragraph', '문단 전체 번역'),
    ],
    answer: 0,
    explanation: bi(
      'Autocomplete cannot wait for the end of the text: it must predict after every input, from what was typed so far.',
      '자동완성은 텍스트가 끝날 때까지 기다릴 수 없습니다. 지금까지 친 내용으로 입력마다 예측해야 합니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-causal',
    kind: 'single',
    prompt: bi('In the seq2seq (autocomplete) diagram, the output at step t can depend on…', 'seq2seq(자동완성) 다이어그램에서 t 시점의 출력이 의존할 수 있는 것은…'),
    choices: [
      bi('only x[t]', 'x[t]뿐'),
      bi('the whole input, including x[t+1], x[t+2], …', 'x[t+1], x[t+2], …까지 포함한 입력 전체'),
      bi('x[1], …, x[t]: the past and the present, never the future', 'x[1], …, x[t]: 과거와 현재, 미래는 절대 아님'),
      bi('only the previous output', '이전 출력뿐'),
    ],
    answer: 2,
    explanation: bi(
      'A (unidirectional) RNN has read x[1..t] when it must answer at step t; the hidden state summarises that past. Future inputs have not arrived yet — which is exactly the autocomplete situation.',
      '(단방향) RNN은 t 시점에 답할 때 x[1..t]까지 읽은 상태이고, 은닉 상태가 그 과거를 요약합니다. 미래 입력은 아직 도착하지 않았습니다. 바로 자동완성의 상황입니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-lm-target',
    kind: 'single',
    prompt: bi('A character language model is trained as seq2seq. The input is "hell". What is the target?', '문자 단위 언어 모델을 seq2seq로 학습합니다. 입력이 "hell"이면 정답(target)은?'),
    choices: [same('"hell"'), same('"ello"'), same('"lleh"'), same('"o"')],
    answer: 1,
    explanation: bi(
      'Each position predicts the next character: after "h" comes "e", after "he" comes "l", and so on. The target is the input shifted by one: "ello" (from the text "hello").',
      '각 위치는 다음 글자를 예측합니다. "h" 다음은 "e", "he" 다음은 "l"… 정답은 입력을 한 칸 민 "ello"입니다 (원문 "hello"에서).',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-echo',
    kind: 'single',
    prompt: bi('Why is the echo task (target = input delayed by 3) a seq2seq task?', '에코 작업(정답 = 3 시점 지연된 입력)이 왜 seq2seq 작업일까요?'),
    choices: [
      bi('Because the whole stream is summarised into one vector', '스트림 전체가 벡터 하나로 요약되니까'),
      bi('Because it needs a CNN', 'CNN이 필요하니까'),
      bi('Because the output is longer than the input', '출력이 입력보다 길어서'),
      bi('There is one target per input step, due as the stream flows, and it depends only on the past', '입력 시점마다 정답이 하나씩 있고, 스트림이 흐르는 동안 내야 하며, 과거에만 의존하니까'),
    ],
    answer: 3,
    explanation: bi(
      'Output t is input t−3: one output per input, available as soon as step t is read. The network has to keep the last three bits in its state.',
      't 시점의 출력은 t−3 시점의 입력입니다. 입력마다 출력이 하나이고, t 시점을 읽자마자 낼 수 있습니다. 신경망은 최근 세 비트를 상태에 담아 두어야 합니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-which',
    kind: 'multi',
    prompt: bi('Which tasks are seq2seq in the lecture\'s sense (one output per input step)? (Select all.)', '강의에서 말하는 seq2seq(입력 시점마다 출력 하나) 작업을 모두 고르세요.'),
    choices: [
      bi('Predicting the next character at every position', '모든 위치에서 다음 글자 예측'),
      bi('Echoing a bit stream with a delay', '비트 스트림을 지연시켜 에코'),
      bi('Tagging the part of speech of every word', '모든 단어의 품사 태깅'),
      bi('Review → star rating', '리뷰 → 별점'),
      bi('Image → caption', '이미지 → 캡션'),
    ],
    answers: [0, 1, 2],
    explanation: bi(
      'Next-character prediction, echo and tagging all give one output per input step. A rating is one output for the whole review (seq2vec); a caption comes from one vector (vec2seq).',
      '다음 글자 예측, 에코, 품사 태깅은 모두 입력 시점마다 출력이 하나입니다. 별점은 리뷰 전체에 출력 하나(seq2vec), 캡션은 벡터 하나에서 나옵니다(vec2seq).',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-generate',
    kind: 'single',
    prompt: bi('How does a trained character language model write a text of any length?', '학습된 문자 단위 언어 모델은 어떻게 임의 길이의 텍스트를 쓸까요?'),
    choices: [
      bi('It outputs the whole text in one step', '한 시점에 텍스트 전체를 출력한다'),
      bi('It samples a character from its output distribution, feeds it back as the next input, and repeats', '출력 분포에서 글자 하나를 샘플링해 다음 입력으로 되먹임하고, 이를 반복한다'),
      bi('It copies the training text', '학습 텍스트를 복사한다'),
      bi('It needs a CNN to decide the length', '길이를 정하려면 CNN이 필요하다'),
    ],
    answer: 1,
    explanation: bi(
      'Each step gives a probability for every next character. Sample one, feed it in as the next input, and the state moves on; repeat as long as you like.',
      '각 시점은 다음 글자마다 확률을 줍니다. 하나를 샘플링해 다음 입력으로 넣으면 상태가 나아가고, 원하는 만큼 반복하면 됩니다.',
    ),
    videoUrl: AT,
  },
  {
    id: 's2s-vs-translation',
    kind: 'single',
    prompt: bi('Autocomplete suggests while you type; translation waits for the whole sentence. Which diagrams are they?', '자동완성은 타이핑하는 동안 추천하고, 번역은 문장 전체를 기다립니다. 각각 어떤 다이어그램일까요?'),
    choices: [
      bi('Autocomplete: seq2vec; translation: vec2seq', '자동완성: seq2vec, 번역: vec2seq'),
      bi('Both seq2seq', '둘 다 seq2seq'),
      bi('Autocomplete: seq2seq; translation: seq2vec2seq', '자동완성: seq2seq, 번역: seq2vec2seq'),
      bi('Autocomplete: seq2vec2seq; translation: seq2seq', '자동완성: seq2vec2seq, 번역: seq2seq'),
    ],
    answer: 2,
    explanation: bi(
      'Outputs in step with the inputs → seq2seq. Read everything, then write a sequence of its own length → seq2vec2seq.',
      '입력과 발맞춰 출력 → seq2seq. 전부 읽은 뒤 자기 길이만큼 시퀀스를 씀 → seq2vec2seq.',
    ),
    videoUrl: AT,
  },
]);

const delay = (bits: readonly number[], d: number): number[] => bits.map((_, t) => (t >= d ? bits[t - d]! : 0));
const show = (bits: readonly number[]): string => bits.join(' ');

export const seq2seqGenerators: QuestionGenerator[] = [
  defineGenerator('s2s-echo-target', T, (rng) => {
    const d = rng.int(1, 3);
    // Redraw until the four options differ: e.g. 0 0 0 … would make every delay look the same.
    let bits: number[] = [];
    let options: string[] = [];
    do {
      bits = Array.from({ length: 8 }, () => rng.int(0, 1));
      options = [show(delay(bits, d)), show(delay(bits, d + 1)), show(delay(bits, d - 1)), show(bits.slice().reverse())];
    } while (new Set(options).size !== options.length);
    const [correct, ...wrong] = options.map(same);
    return {
      kind: 'single',
      prompt: bi(
        `Echo task: the target is the input delayed by ${d} step${d > 1 ? 's' : ''}, with zeros first. The input stream is ${show(bits)}. What is the target stream?`,
        `에코 작업: 정답은 입력을 ${d} 시점 지연시킨 것이고, 처음은 0으로 채웁니다. 입력 스트림이 ${show(bits)}일 때 정답 스트림은?`,
      ),
      ...shuffledChoices(rng, correct!, wrong),
      explanation: bi(
        `Target[t] = input[t−${d}], and the first ${d} target${d > 1 ? 's are' : ' is'} 0: ${options[0]}. The model must keep the last ${d} bit${d > 1 ? 's' : ''} in its state — one output per input step, as in every seq2seq task.`,
        `정답[t] = 입력[t−${d}]이고, 처음 ${d}개의 정답은 0입니다: ${options[0]}. 모델은 최근 ${d}비트를 상태에 담아 두어야 합니다. 모든 seq2seq 작업처럼 입력 시점마다 출력이 하나입니다.`,
      ),
      videoUrl: AT,
    };
  }),
];
