import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import type { Question } from '../../../domain/questionnaires';
import { useLang } from '../../i18n/lang';
import {
  addQuestion,
  addSection,
  changeQuestion as withQuestionChanged,
  conditionTargets,
  copyQuestion,
  copySection,
  moveQuestion,
  moveSection,
  problemsUnder,
  removeQuestion,
  removeSection,
  updateSection,
  type At,
  type Draft,
} from './builder';
import { FieldProblems, type Problems } from './FieldProblems';
import { LocalTextFields } from './LocalTextFields';
import { ItemActions, QuestionEditor, type ItemAction } from './QuestionEditor';

type Props = { draft: Draft; onChange: (draft: Draft) => void; problems: Problems };

/**
 * The sections and questions of a draft. Moving keeps the keyboard focus on the moved item's button, so
 * pressing "up" again moves it further; which questions are open follows their keys.
 */
export function ContentBuilder({ draft, onChange, problems }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // The button to focus once the draft that moved an item has rendered.
  const focus = useRef<string | null>(null);
  useEffect(() => {
    if (focus.current) document.getElementById(focus.current)?.focus();
    focus.current = null;
  });
  const setFocus = (id: string) => {
    focus.current = id;
  };

  const toggle = (key: string, isOpen: boolean) =>
    setOpen((old) => {
      if (old.has(key) === isOpen) return old;
      const next = new Set(old);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });

  const questionAction = (at: At, action: ItemAction) => {
    if (action === 'up' || action === 'down') {
      const moved = moveQuestion(draft, at, action === 'up' ? -1 : 1);
      onChange(moved.draft);
      setFocus(`q-${moved.at.s}-${moved.at.q}-${action}`);
    } else if (action === 'copy') {
      onChange(copyQuestion(draft, at));
      setFocus(`q-${at.s}-${at.q + 1}-copy`);
    } else {
      onChange(removeQuestion(draft, at));
      setFocus(`section-${at.s}-add`);
    }
  };

  const sectionAction = (s: number, action: ItemAction) => {
    if (action === 'up' || action === 'down') {
      const delta = action === 'up' ? -1 : 1;
      const target = Math.min(Math.max(s + delta, 0), draft.sections.length - 1);
      onChange(moveSection(draft, s, delta));
      setFocus(`section-${target}-${action}`);
    } else if (action === 'copy') {
      onChange(copySection(draft, s));
      setFocus(`section-${s + 1}-copy`);
    } else {
      onChange(removeSection(draft, s));
      setFocus('add-section');
    }
  };

  const changeQuestion = (at: At, old: Question, next: Question) => {
    if (old.key !== next.key && open.has(old.key)) {
      toggle(old.key, false);
      toggle(next.key, true);
    }
    onChange(withQuestionChanged(draft, at, next));
  };

  // Questions are numbered through the whole questionnaire, as the respondent sees them.
  const firstNumber = draft.sections.map((_, s) =>
    draft.sections.slice(0, s).reduce((n, section) => n + section.questions.length, 1),
  );
  return (
    <>
      {draft.sections.map((section, s) => {
        const sectionName = t('mapping.builder.sectionN', { n: s + 1 });
        const path = `sections.${s}`;
        return (
          <section key={s} className="builder-section" aria-labelledby={`section-${s}-heading`}>
            <h3 id={`section-${s}-heading`}>
              {sectionName}: {section.title[lang] || section.title.fi || t('mapping.builder.untitled')}
            </h3>
            <div className="builder-fields">
              <TextInput
                id={`section-${s}-key`}
                labelText={t('mapping.builder.key')}
                hintText={t('mapping.builder.keyHint')}
                value={section.key}
                onChange={(v) => onChange(updateSection(draft, s, { key: String(v ?? '') }))}
                status={problems.get(`${path}.key`) ? 'error' : 'default'}
                statusText={problems
                  .get(`${path}.key`)
                  ?.map((p) => p.text)
                  .join(' ')}
              />
              <LocalTextFields
                id={`section-${s}-title`}
                legend={t('mapping.builder.sectionTitle')}
                value={section.title}
                onChange={(title) => onChange(updateSection(draft, s, { title }))}
                path={`${path}.title`}
                problems={problems}
              />
              <LocalTextFields
                id={`section-${s}-intro`}
                legend={t('mapping.builder.sectionIntro')}
                value={section.intro}
                onChange={(intro) => onChange(updateSection(draft, s, { intro }))}
                path={`${path}.intro`}
                problems={problems}
                optional
                long
              />
              <FieldProblems problems={problems.get(path)} />
              <FieldProblems problems={problems.get(`${path}.questions`)} />
            </div>
            <ItemActions id={`section-${s}`} name={sectionName} onAction={(a) => sectionAction(s, a)} />
            <h4>{t('mapping.builder.questions')}</h4>
            {section.questions.map((question, q) => {
              const at = { s, q };
              return (
                <QuestionEditor
                  key={q}
                  at={at}
                  number={firstNumber[s]! + q}
                  question={question}
                  targets={conditionTargets(draft, at)}
                  open={open.has(question.key)}
                  onToggle={(isOpen) => toggle(question.key, isOpen)}
                  onChange={(next) => changeQuestion(at, question, next)}
                  onAction={(a) => questionAction(at, a)}
                  problems={problems}
                  problemCount={problemsUnder(problems, `${path}.questions.${q}`).length}
                />
              );
            })}
            <Button
              id={`section-${s}-add`}
              variant="secondary"
              onClick={() => onChange(addQuestion(draft, s))}
            >
              {t('mapping.builder.addQuestion', { name: sectionName })}
            </Button>
          </section>
        );
      })}
      <FieldProblems problems={problems.get('sections')} />
      <Button id="add-section" variant="secondary" onClick={() => onChange(addSection(draft))}>
        {t('mapping.builder.addSection')}
      </Button>
    </>
  );
}
