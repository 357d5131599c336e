import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import { SuggestInput } from '../../ui/SuggestInput';
import { placeName, useReference } from '../../shared/reference';
import type { PickerProps } from './ReferencePicker';

/** A municipality by its name (the code is what is stored), as in the organisation form. */
export function MunicipalityInput(props: PickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const items = (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));
  return <SuggestInput {...props} items={items} hintText={t('organisation.hint.municipality')} />;
}

/** A municipality's name in the page's language, or its code while the names load. */
export function MunicipalityName({ code }: { code: string }) {
  const lang = useLang();
  const reference = useReference();
  const found = reference?.municipalities.find((m) => m.code === code);
  return <>{found ? placeName(found, lang) : code}</>;
}
