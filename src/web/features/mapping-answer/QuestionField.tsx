import { useTranslation } from 'react-i18next';
import type { Question } from '../../../domain/questionnaires';
import { useLang } from '../../i18n/lang';
import { ActorsInput } from './ActorsInput';
import { MultipleInput, ScaleInput, SingleInput, YesNoInput } from './ChoiceInputs';
import { CompetencesInput } from './CompetencesInput';
import { plainText } from './localText';
import { PartnersInput } from './PartnersInput';
import { DateAnswerInput, FreeTextInput, NumberInput } from './TextInputs';

/** What every question's input gets: its label and help in the page's language, its answer, its error. */
export type InputProps<Q extends Question = Question> = {
  id: string;
  labelText: string;
  hint?: string;
  /** "optional" beside the label of a question that needs no answer. */
  optional?: string;
  error?: string;
  question: Q;
  value: unknown;
  /** undefined takes the answer back. */
  onChange: (value: unknown) => void;
};

/** The props of the input of one type of question. */
export type InputOf<T extends Question['type']> = InputProps<Extract<Question, { type: T }>>;

/** A question's label, help, "optional" and error as suomifi's inputs name them; `own`: the input's own objection. */
export function labelled(
  field: Pick<InputProps, 'id' | 'labelText' | 'hint' | 'optional' | 'error'>,
  own?: string,
) {
  const error = own ?? field.error;
  return {
    id: field.id,
    labelText: field.labelText,
    optionalText: field.optional,
    hintText: field.hint,
    status: error ? ('error' as const) : ('default' as const),
    statusText: error,
  };
}

type Props = { question: Question; value: unknown; error?: string; onChange: (value: unknown) => void };

/** One question of a questionnaire, with the input its type asks for. */
export function QuestionField({ question, value, error, onChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const field = {
    id: `question-${question.key}`,
    labelText: plainText(question.label, lang),
    hint: question.help ? plainText(question.help, lang) : undefined,
    optional: question.required ? undefined : t('form.optional'),
    error,
    value,
    onChange,
  };
  switch (question.type) {
    case 'single':
      return <SingleInput {...field} question={question} />;
    case 'multiple':
      return <MultipleInput {...field} question={question} />;
    case 'scale':
      return <ScaleInput {...field} question={question} />;
    case 'yesno':
      return <YesNoInput {...field} question={question} />;
    case 'number':
      return <NumberInput {...field} question={question} />;
    case 'text':
      return <FreeTextInput {...field} question={question} />;
    case 'date':
      return <DateAnswerInput {...field} question={question} />;
    case 'competences':
      return <CompetencesInput {...field} question={question} />;
    case 'actors':
      return <ActorsInput {...field} question={question} />;
    case 'partners':
      return <PartnersInput {...field} question={question} />;
  }
}
