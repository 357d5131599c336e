import { Heading } from 'suomifi-ui-components';
import { visibleQuestions, type Answers, type QuestionnaireContent } from '../../../domain/questionnaires';
import { useLang } from '../../i18n/lang';
import { LocalText } from '../../ui/LocalText';
import { inLang } from './localText';
import { QuestionField } from './QuestionField';
import './mapping-answer.css';

type Props = {
  content: QuestionnaireContent;
  answers: Answers;
  /** Problems by question key, in the page's language. */
  errors: Record<string, string>;
  onAnswer: (key: string, value: unknown) => void;
};

/**
 * A questionnaire's sections and the questions the answers so far show: a question whose condition does not
 * hold is left out (and so is what depends on it). Shared by the respondent's page, the interviewer's page
 * and the builder's preview.
 */
export function Questionnaire({ content, answers, errors, onAnswer }: Props) {
  const lang = useLang();
  const shown = new Set(visibleQuestions(content, answers).map((q) => q.key));
  return (
    <div className="answer-questionnaire">
      {content.sections.map((section) => {
        const questions = section.questions.filter((q) => shown.has(q.key));
        if (questions.length === 0) return null;
        return (
          <section key={section.key} className="answer-section" aria-labelledby={`section-${section.key}`}>
            <Heading variant="h2" id={`section-${section.key}`} mb="s">
              <LocalText text={inLang(section.title, lang)} />
            </Heading>
            {section.intro && (
              <p className="answer-intro">
                <LocalText text={inLang(section.intro, lang)} />
              </p>
            )}
            {questions.map((q) => (
              <div key={q.key} id={`answer-${q.key}`} className="answer-question" data-question={q.key}>
                <QuestionField
                  question={q}
                  value={answers[q.key]}
                  error={errors[q.key]}
                  onChange={(value) => onAnswer(q.key, value)}
                />
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
