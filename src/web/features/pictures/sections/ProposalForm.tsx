import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea, TextInput } from 'suomifi-ui-components';
import type { ProposalFields } from '../api';

const TEXT_KEYS = ['titleFi', 'titleSv', 'titleEn', 'bodyFi', 'bodySv', 'bodyEn'] as const;
const EMPTY: ProposalFields = { titleFi: '', titleSv: '', titleEn: '', bodyFi: '', bodySv: '', bodyEn: '' };
type Texts = { [K in keyof ProposalFields]?: string | null };
const pickTexts = (from: Texts) =>
  Object.fromEntries(TEXT_KEYS.map((k) => [k, from[k] ?? ''])) as ProposalFields;

type Props = {
  id: string;
  /** A stored proposal, or nothing for a new one. */
  initial?: Texts;
  onSave: (fields: ProposalFields) => Promise<void>;
  onCancel?: () => void;
};

/** A proposal's title and text in Finnish (required), Swedish and English. */
export function ProposalForm({ id, initial, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  // Only the six texts: a stored proposal also carries its id, workspace and timestamps.
  const [fields, setFields] = useState<ProposalFields>(() => pickTexts(initial ?? EMPTY));
  const [error, setError] = useState(false);
  const [failed, setFailed] = useState(false);
  const set = (key: keyof ProposalFields) => (value: unknown) =>
    setFields((f) => ({ ...f, [key]: String(value ?? '') }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields.titleFi.trim()) return setError(true);
    // Empty optional texts are sent as null, so the report falls back to Finnish.
    const clean = Object.fromEntries(
      TEXT_KEYS.map((k) => [k, fields[k]?.trim() ? fields[k].trim() : null]),
    ) as ProposalFields;
    try {
      await onSave(clean);
      setFields(EMPTY);
      setError(false);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  const titles = [
    ['titleFi', t('picture.proposalTitleFi')],
    ['titleSv', t('picture.proposalTitleSv')],
    ['titleEn', t('picture.proposalTitleEn')],
  ] as const;
  const bodies = [
    ['bodyFi', t('picture.proposalBodyFi')],
    ['bodySv', t('picture.proposalBodySv')],
    ['bodyEn', t('picture.proposalBodyEn')],
  ] as const;
  return (
    <form className="proposal-form" onSubmit={(e) => void submit(e)} noValidate>
      {titles.map(([key, text]) => (
        <TextInput
          key={key}
          id={`${id}-${key}`}
          labelText={text}
          optionalText={key === 'titleFi' ? undefined : t('picture.optional')}
          value={fields[key] ?? ''}
          onChange={set(key)}
          status={key === 'titleFi' && error ? 'error' : 'default'}
          statusText={key === 'titleFi' && error ? t('picture.titleRequired') : undefined}
          fullWidth
        />
      ))}
      {bodies.map(([key, text]) => (
        <Textarea
          key={key}
          id={`${id}-${key}`}
          labelText={text}
          optionalText={t('picture.optional')}
          value={fields[key] ?? ''}
          onChange={(e) => set(key)(e.target.value)}
          fullWidth
        />
      ))}
      <div role="alert">{failed && <p className="error-text">{t('picture.saveFailed')}</p>}</div>
      <div className="form-actions">
        <Button type="submit">{t('picture.saveProposal')}</Button>
        {onCancel && (
          <Button variant="secondary" onClick={onCancel}>
            {t('picture.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
