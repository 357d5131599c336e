import {
  questionnaireContent,
  visibleQuestions,
  type Answers,
  type QuestionnaireContent,
} from '../../../domain/questionnaires';

/**
 * What a save sends: every question shown, with its answer or null, which takes an answer given earlier
 * back. A question the answers hide is left out; the server drops its stored answer itself.
 */
export function answersToSend(content: QuestionnaireContent, answers: Answers): Answers {
  return Object.fromEntries(visibleQuestions(content, answers).map((q) => [q.key, answers[q.key] ?? null]));
}

/**
 * The content with the defaults its schema gives (at most 10 actors, new competences allowed, …), which a
 * stored or half-built questionnaire may leave out; content that does not pass is shown as it is.
 */
export function withDefaults(content: QuestionnaireContent): QuestionnaireContent {
  const parsed = questionnaireContent.safeParse(content);
  return parsed.success ? parsed.data : content;
}
