import { useTranslation } from 'react-i18next';
import type { Question } from '../../../domain/questionnaires';
import { ChosenList, QuestionGroup } from './Chosen';
import { useAnswerTools, useKnownNames } from './names';
import { OrganisationFinder } from './OrganisationFinder';
import type { InputProps } from './QuestionField';

/** Organisations of the roster, picked by name or business ID. */
export function ActorsInput({
  question,
  value,
  onChange,
  ...field
}: InputProps<Extract<Question, { type: 'actors' }>>) {
  const { t } = useTranslation();
  const { organisations } = useAnswerTools();
  const ids = Array.isArray(value) ? (value as string[]) : [];
  useKnownNames(ids, []);
  const set = (next: string[]) => onChange(next.length ? next : undefined);
  return (
    <QuestionGroup {...field}>
      <ChosenList
        items={ids}
        nameOf={(id) => organisations.get(id)?.name ?? t('answer.chosenOrganisation')}
        onRemove={(i) => set(ids.filter((_, j) => j !== i))}
      />
      {ids.length < question.maxItems && (
        <OrganisationFinder
          id={`${field.id}-search`}
          labelText={t('answer.findOrganisation')}
          exclude={ids}
          onPick={(hit) => set([...ids, hit.id])}
        />
      )}
    </QuestionGroup>
  );
}
