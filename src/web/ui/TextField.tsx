import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';

type Props = {
  id: string;
  labelText: string;
  value: string;
  onChange: (value: string) => void;
  /** The message beside the field when its value is refused. */
  error?: string;
  hint?: string;
  optional?: boolean;
  type?: 'text' | 'password' | 'email';
  autoComplete?: string;
};

/** A full-width text input of the account and admin forms, with its error beneath it. */
export function TextField({
  id,
  labelText,
  value,
  onChange,
  error,
  hint,
  optional,
  type,
  autoComplete,
}: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      id={id}
      type={type ?? 'text'}
      labelText={labelText}
      optionalText={optional ? t('form.optional') : undefined}
      hintText={hint}
      autoComplete={autoComplete ?? 'off'}
      value={value}
      onChange={(v) => onChange(String(v ?? ''))}
      status={error ? 'error' : 'default'}
      statusText={error}
      fullWidth
    />
  );
}
