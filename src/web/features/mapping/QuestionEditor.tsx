import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { QUESTION_TYPES, type Question, type QuestionType } from '../../../domain/questionnaires';
import { useLang } from '../../i18n/lang';
import { withType, type At } from './builder';
import { ConditionEditor } from './ConditionEditor';
import { FieldProblems, type Problems } from './FieldProblems';
import { LocalTextFields } from './LocalTextFields';
import { QuestionFields } from './QuestionFields';
import { questionTypeText } from './words';

export type ItemAction = 'up' | 'down' | 'copy' | 'remove';

type Props = {
  at: At;
  /** Its number in the whole questionnaire, as the respondent sees it. */
  number: number;
  question: Question;
  targets: Question[];
  open: boolean;
  onToggle: (open: boolean) => void;
  onChange: (question: Question) => void;
  onAction: (action: ItemAction) => void;
  problems: Problems;
  /** The problems anywhere in this question, counted in its summary line. */
  problemCount: number;
};

/** The buttons that move, copy and remove a section or a question; each names what it acts on. */
export function ItemActions({
  id,
  name,
  onAction,
}: {
  id: string;
  name: string;
  onAction: (a: ItemAction) => void;
}) {
  const { t } = useTranslation();
  const texts: Record<ItemAction, string> = {
    up: t('mapping.builder.up', { name }),
    down: t('mapping.builder.down', { name }),
    copy: t('mapping.builder.copy', { name }),
    remove: t('mapping.builder.remove', { name }),
  };
  return (
    <div className="row-actions">
      {(Object.keys(texts) as ItemAction[]).map((action) => (
        <Button key={action} id={`${id}-${action}`} variant="secondary" onClick={() => onAction(action)}>
          {texts[action]}
        </Button>
      ))}
    </div>
  );
}

/** One question: its key, type, texts in three languages, whether required, its condition, its own fields. */
export function QuestionEditor(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { at, question: q, onChange, problems } = props;
  const id = `q-${at.s}-${at.q}`;
  const path = `sections.${at.s}.questions.${at.q}`;
  const name = t('mapping.builder.questionN', { n: props.number });
  const title = q.label[lang] || q.label.fi || t('mapping.builder.untitled');
  return (
    <div className="builder-question">
      {/* A question with problems stays open until they are fixed: the fields to fix are in sight. */}
      <details
        open={props.open || props.problemCount > 0}
        onToggle={(e) => props.onToggle(e.currentTarget.open)}
      >
        <summary>
          {name}: {title} ({questionTypeText(t, q.type)})
          {props.problemCount > 0 && (
            <span className="field-problems">
              {' '}
              – {t('mapping.builder.problemCount', { count: props.problemCount })}
            </span>
          )}
        </summary>
        <div className="builder-fields">
          <TextInput
            id={`${id}-key`}
            labelText={t('mapping.builder.key')}
            hintText={t('mapping.builder.keyHint')}
            value={q.key}
            onChange={(v) => onChange({ ...q, key: String(v ?? '') })}
            status={problems.get(`${path}.key`) ? 'error' : 'default'}
            statusText={problems
              .get(`${path}.key`)
              ?.map((p) => p.text)
              .join(' ')}
          />
          <Dropdown
            id={`${id}-type`}
            labelText={t('mapping.builder.type')}
            value={q.type}
            onChange={(type: string) => onChange(withType(q, type as QuestionType))}
          >
            {QUESTION_TYPES.map((type) => (
              <DropdownItem key={type} value={type}>
                {questionTypeText(t, type)}
              </DropdownItem>
            ))}
          </Dropdown>
          <LocalTextFields
            id={`${id}-label`}
            legend={t('mapping.builder.label')}
            value={q.label}
            onChange={(label) => onChange({ ...q, label })}
            path={`${path}.label`}
            problems={problems}
          />
          <LocalTextFields
            id={`${id}-help`}
            legend={t('mapping.builder.help')}
            value={q.help}
            onChange={(help) => onChange({ ...q, help })}
            path={`${path}.help`}
            problems={problems}
            optional
            long
          />
          <Checkbox
            id={`${id}-required`}
            checked={q.required}
            onClick={({ checkboxState }) => onChange({ ...q, required: checkboxState })}
          >
            {t('mapping.builder.required')}
          </Checkbox>
          <QuestionFields id={id} path={path} question={q} onChange={onChange} problems={problems} />
          <ConditionEditor
            id={id}
            path={path}
            question={q}
            targets={props.targets}
            onChange={onChange}
            problems={problems}
          />
          <FieldProblems problems={problems.get(path)} />
        </div>
      </details>
      <ItemActions id={id} name={name} onAction={props.onAction} />
    </div>
  );
}
