import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { questionsOf, type Answers, type QuestionnaireContent } from '../../../domain/questionnaires';
import { useLang } from '../../i18n/lang';
import { plainText } from './localText';
import type { OrganisationLookUp, OrganisationSearch, Saved } from './api';
import { withDefaults } from './answerPayload';
import { AnswerTools } from './names';
import { Questionnaire } from './Questionnaire';
import { SaveStatus } from './SaveStatus';
import { useAnswering } from './useAnswering';
import { useMemo, type ReactNode } from 'react';

type Props = {
  content: QuestionnaireContent;
  answers: Answers;
  submitted: boolean;
  save: (answers: Answers, submit: boolean) => Promise<Saved>;
  /** How the organisation pickers search: the roster for an editor, the link's search for a respondent. */
  search: OrganisationSearch;
  /** Names of organisations chosen before, by id (the roster's by default). */
  lookUp?: OrganisationLookUp;
  /** False until the respondent may be saved for (the consent the privacy notice asks). */
  enabled?: boolean;
  /** What else the save sends, as text: a change of it is saved like an answer. */
  extra?: string;
  /** Shown instead of the form when the link stops working while answering. */
  refused: (error: unknown) => ReactNode;
};

/**
 * The questionnaire with its saving: drafts saved as the answers change, the time of the last save shown,
 * and a submit that names the questions still needing an answer. After a submit, answers can still change.
 */
export function AnswerForm({ search, lookUp, content, ...form }: Props) {
  const complete = useMemo(() => withDefaults(content), [content]);
  return (
    <AnswerTools search={search} lookUp={lookUp}>
      <Answering content={complete} {...form} />
    </AnswerTools>
  );
}

function Answering({
  content,
  answers,
  submitted,
  save,
  enabled = true,
  extra,
  refused,
}: Omit<Props, 'search'>) {
  const { t } = useTranslation();
  const lang = useLang();
  // The server names a missing consent by the field `consent`, which the page's consent checkbox is.
  const labelOf = (key: string) =>
    key === 'consent'
      ? t('answer.consentProblem')
      : plainText(questionsOf(content).find((q) => q.key === key)?.label, lang);
  const state = useAnswering(content, answers, submitted, save, enabled, extra);
  if (state.refusal) return <>{refused(state.refusal)}</>;
  const problemKeys = Object.keys(state.errors);
  return (
    <form
      className="answer-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void state.submit();
      }}
    >
      {state.submitted && (
        <InlineAlert status="neutral" mb="m" className="answer-submitted">
          {t('answer.submittedNotice')}
        </InlineAlert>
      )}
      <Questionnaire
        content={content}
        answers={state.answers}
        errors={state.errors}
        onAnswer={state.answer}
      />
      {problemKeys.length > 0 && (
        <InlineAlert status="error" labelText={t('answer.problemsTitle')} mb="m">
          <ul className="answer-problem-list">
            {problemKeys.map((key) => (
              <li key={key}>
                <a href={`#answer-${key}`}>
                  {labelOf(key)}: {state.errors[key]}
                </a>
              </li>
            ))}
          </ul>
        </InlineAlert>
      )}
      <div className="answer-actions">
        <Button type="submit" disabled={!enabled}>
          {state.submitted ? t('answer.submitChanges') : t('answer.submit')}
        </Button>
        <SaveStatus status={state.status} />
      </div>
    </form>
  );
}
