import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { Question } from '../../../domain/questionnaires';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { searchCompetences, type CompetenceHit } from './api';
import { ChosenList, QuestionGroup } from './Chosen';
import { useAnswerTools, useKnownNames } from './names';
import type { InputProps } from './QuestionField';
import { SearchField } from './SearchField';
import { useSearch } from './useSearch';

type Competence = { competenceId: string } | { name: string };

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/** Competences from the vocabulary, searched by name; a new term too when the question allows it. */
export function CompetencesInput({
  question,
  value,
  onChange,
  ...field
}: InputProps<Extract<Question, { type: 'competences' }>>) {
  const { t } = useTranslation();
  const lang = useLang();
  const { competences, remember } = useAnswerTools();
  const chosen = Array.isArray(value) ? (value as Competence[]) : [];
  useKnownNames(
    [],
    chosen.flatMap((c) => ('competenceId' in c ? [c.competenceId] : [])),
  );
  const [text, setText] = useState('');
  const found = useSearch(text, searchCompetences);
  const nameOfHit = (c: CompetenceHit) => localized(c, 'name', lang).text;
  const nameOf = (c: Competence) =>
    'name' in c
      ? c.name
      : competences.has(c.competenceId)
        ? nameOfHit(competences.get(c.competenceId)!)
        : '…';
  const taken = (c: Competence) => chosen.some((o) => JSON.stringify(o) === JSON.stringify(c));
  const hits = found.items.filter((c) => !taken({ competenceId: c.id }));
  const set = (next: Competence[]) => onChange(next.length ? next : undefined);
  const add = (c: Competence) => {
    set([...chosen, c]);
    setText('');
  };
  const typed = text.trim();
  const canAddNew =
    question.allowNew &&
    typed.length >= 2 &&
    !found.items.some((c) => same(nameOfHit(c), typed)) &&
    !chosen.some((c) => same(nameOf(c), typed));
  return (
    <QuestionGroup {...field}>
      <ChosenList items={chosen} nameOf={nameOf} onRemove={(i) => set(chosen.filter((_, j) => j !== i))} />
      {chosen.length < 50 && (
        <SearchField
          id={`${field.id}-search`}
          labelText={t('answer.findCompetence')}
          hintText={question.allowNew ? t('answer.competenceHintNew') : t('answer.competenceHint')}
          text={text}
          onText={setText}
          found={found}
          hits={hits}
          keyOf={(c) => c.id}
          render={nameOfHit}
          onPick={(c) => {
            remember({ competences: [c] });
            add({ competenceId: c.id });
          }}
          otherOffer={canAddNew}
        >
          {canAddNew && (
            <Button variant="secondary" onClick={() => add({ name: typed })}>
              {t('answer.addNewCompetence', { name: typed })}
            </Button>
          )}
        </SearchField>
      )}
    </QuestionGroup>
  );
}
