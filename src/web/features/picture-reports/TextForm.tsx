import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea, TextInput } from 'suomifi-ui-components';

type Props = {
  id: string;
  /** The title field, when the form has one (an editor's own section, a proposal). */
  title?: { label: string; initial: string; required?: boolean };
  text: { label: string; initial: string; hint?: string; required?: boolean };
  submit: string;
  onSave: (fields: { title: string; text: string }) => Promise<boolean>;
  onCancel?: () => void;
};

/** A title and a text, as an editor writes a section, a proposal, a change or a reason. */
export function TextForm({ id, title, text, submit, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({ title: title?.initial ?? '', text: text.initial });
  const [missing, setMissing] = useState(false);

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const clean = { title: fields.title.trim(), text: fields.text.trim() };
    const lacks = (title?.required && !clean.title) || (text.required !== false && !clean.text);
    setMissing(!!lacks);
    if (lacks) return;
    if ((await onSave(clean)) && !onCancel) setFields({ title: '', text: '' });
  };

  return (
    <form className="report-form" onSubmit={(e) => void send(e)} noValidate>
      {title && (
        <TextInput
          id={`${id}-title`}
          labelText={title.label}
          optionalText={title.required ? undefined : t('report.optional')}
          value={fields.title}
          onChange={(v) => setFields((f) => ({ ...f, title: String(v ?? '') }))}
          status={missing && title.required && !fields.title.trim() ? 'error' : 'default'}
          fullWidth
        />
      )}
      <Textarea
        id={`${id}-text`}
        labelText={text.label}
        hintText={text.hint}
        optionalText={text.required === false ? t('report.optional') : undefined}
        value={fields.text}
        onChange={(e) => setFields((f) => ({ ...f, text: e.target.value }))}
        status={missing && text.required !== false && !fields.text.trim() ? 'error' : 'default'}
        statusText={missing ? t('report.required') : undefined}
        fullWidth
      />
      <div className="report-actions">
        <Button type="submit">{submit}</Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('report.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
