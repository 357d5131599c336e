import { visibleQuestions, type Answers, type QuestionnaireContent } from '../../../domain/questionnaires';

/**
 * What a save sends: every question shown, with its answer or null, which takes an answer given earlier
 * back. A question the answers hide is left out; the server drops its stored answer itself.
 */
export function answersToSend(content: QuestionnaireContent, answers: Answers): Answers {
  return Object.fromEntries(visibleQuestions(content, answers).map((q) => [q.key, answers[q.key] ?? null]));
}
