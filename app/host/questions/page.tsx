import { QuestionBankManager } from '../../_components/quiz/question-bank-manager';

/** /host/questions: the instructor's own quiz questions and bank files. */
export default function QuestionsPage() {
  return <QuestionBankManager />;
}
