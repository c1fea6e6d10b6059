import { SelfReview } from '../_components/quiz/self-review';

/** /quiz: self-review by lecture topic, no account needed. */
export default function QuizPage() {
  return <SelfReview />;
}
