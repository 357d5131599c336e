import { useMemo, useState } from 'react';
import type { Answers, QuestionnaireContent } from '../../../domain/questionnaires';
import { rosterSearch } from './api';
import { withDefaults } from './answerPayload';
import { AnswerTools } from './names';
import { Questionnaire } from './Questionnaire';

/**
 * The questionnaire as a respondent will see it, for its builder: answers can be tried (conditions open
 * and close) but nothing is saved.
 */
export function QuestionnairePreview({ content }: { content: QuestionnaireContent }) {
  const complete = useMemo(() => withDefaults(content), [content]);
  const [answers, setAnswers] = useState<Answers>({});
  const answer = (key: string, value: unknown) =>
    setAnswers(({ [key]: _, ...rest }) => (value === undefined ? rest : { ...rest, [key]: value }));
  return (
    <AnswerTools search={rosterSearch}>
      <Questionnaire content={complete} answers={answers} errors={{}} onAnswer={answer} />
    </AnswerTools>
  );
}
