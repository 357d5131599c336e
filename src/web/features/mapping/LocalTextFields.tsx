import { useTranslation } from 'react-i18next';
import { Textarea, TextInput } from 'suomifi-ui-components';
import type { LocalText } from '../../../domain/questionnaires';
import { LANGS, type Lang } from '../../i18n/lang';
import { FieldProblems, type Problems } from './FieldProblems';

type Props = {
  /** The id the three inputs' ids start with. */
  id: string;
  legend: string;
  value: LocalText | undefined;
  onChange: (value: LocalText) => void;
  /** The field's path in the content, where its problems are found ("sections.0.title"). */
  path: string;
  problems: Problems;
  optional?: boolean;
  long?: boolean;
};

/** One text in Finnish, Swedish and English (Finnish required unless the whole text is optional). */
export function LocalTextFields({ id, legend, value, onChange, path, problems, optional, long }: Props) {
  const { t } = useTranslation();
  const words: Record<Lang, string> = {
    fi: t('mapping.lang.fi'),
    sv: t('mapping.lang.sv'),
    en: t('mapping.lang.en'),
  };
  return (
    <fieldset className="local-texts">
      <legend>
        {legend}
        {optional && <span className="muted"> ({t('form.optional')})</span>}
      </legend>
      {LANGS.map((lang) => {
        const errors = problems.get(`${path}.${lang}`);
        const shared = {
          id: `${id}-${lang}`,
          labelText: words[lang],
          optionalText: lang === 'fi' && !optional ? undefined : t('form.optional'),
          status: errors ? ('error' as const) : ('default' as const),
          statusText: errors?.map((e) => e.text).join(' '),
          fullWidth: true,
        };
        const text = value?.[lang] ?? '';
        const set = (next: string) => onChange({ fi: value?.fi ?? '', ...value, [lang]: next });
        return long ? (
          <Textarea key={lang} {...shared} value={text} onChange={(e) => set(e.target.value)} />
        ) : (
          <TextInput key={lang} {...shared} value={text} onChange={(v) => set(String(v ?? ''))} />
        );
      })}
      <FieldProblems problems={problems.get(path)} />
    </fieldset>
  );
}
