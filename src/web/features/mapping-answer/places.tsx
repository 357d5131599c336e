import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import { placeName, useReference } from '../../shared/reference';
import { SuggestInput } from '../../ui/SuggestInput';

type FieldProps = {
  id: string;
  labelText: string;
  optionalText?: string;
  value: string;
  onChange: (code: string) => void;
  status: 'default' | 'error';
  statusText?: string;
};

/** The municipalities of today, by name in the page's language. */
function useMunicipalities() {
  const lang = useLang();
  const reference = useReference();
  return (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));
}

/** A municipality picked by its name; its code is what the answer keeps. */
export function MunicipalityField(props: FieldProps) {
  const { t } = useTranslation();
  return <SuggestInput {...props} items={useMunicipalities()} hintText={t('answer.municipalityHint')} />;
}

/** A municipality's name, or its code while the names load. */
export function MunicipalityText({ code }: { code: string }) {
  const found = useMunicipalities().find((m) => m.value === code);
  return <>{found?.label ?? code}</>;
}
