import { useTranslation } from 'react-i18next';
import { TextInput } from 'suomifi-ui-components';
import { isKnownTheme, useThemes } from '../../shared/themes';
import { parseList } from './form';

type Props = {
  id: string;
  labelText: string;
  optionalText?: string;
  value: string;
  status: 'default' | 'error';
  statusText?: string;
  onChange: (value: string) => void;
};

/**
 * Themes, comma-separated. A theme of the vocabulary is shown to readers in their language; the ones it
 * does not hold are named under the field as typed, since they will show in Finnish only.
 */
export function ThemesInput({ onChange, ...shared }: Props) {
  const { t } = useTranslation();
  const vocabulary = useThemes();
  const unknown = vocabulary ? parseList(shared.value).filter((v) => !isKnownTheme(v, vocabulary)) : [];
  return (
    <div>
      <TextInput
        {...shared}
        hintText={t('entities.hint.themes')}
        onChange={(v) => onChange(String(v ?? ''))}
        fullWidth
        autoComplete="off"
      />
      <p className="muted" aria-live="polite" id={`${shared.id}-unknown`}>
        {unknown.length > 0 ? t('entities.themesUnknown', { themes: unknown.join(', ') }) : ''}
      </p>
    </div>
  );
}
