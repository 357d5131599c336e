import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import type { Question } from '../../../domain/questionnaires';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { searchCompetences, type CompetenceHit } from './api';
import { ChosenList, QuestionGroup } from './Chosen';
import { useAnswerTools, useKnownNames } from './names';
import type { InputProps } from './QuestionField';
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
        <div className="answer-finder">
          <TextInput
            id={`${field.id}-search`}
            labelText={t('answer.findCompetence')}
            hintText={question.allowNew ? t('answer.competenceHintNew') : t('answer.competenceHint')}
            autoComplete="off"
            value={text}
            maxLength={100}
            onChange={(v) => setText(String(v ?? ''))}
            fullWidth
          />
          <div aria-live="polite">
            {found.failed && <p className="answer-error">{t('answer.searchFailed')}</p>}
            {found.searched && !found.failed && hits.length === 0 && !canAddNew && (
              <p className="answer-muted">{t('answer.noMatches')}</p>
            )}
          </div>
          {hits.length > 0 && (
            <ul className="answer-hits" aria-label={t('answer.matches')}>
              {hits.map((c) => (
                <li key={c.id}>
                  <button
                    type="button"
                    className="answer-hit"
                    onClick={() => {
                      remember({ competences: [c] });
                      add({ competenceId: c.id });
                    }}
                  >
                    {nameOfHit(c)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {canAddNew && (
            <Button variant="secondary" onClick={() => add({ name: typed })}>
              {t('answer.addNewCompetence', { name: typed })}
            </Button>
          )}
        </div>
      )}
    </QuestionGroup>
  );
}
