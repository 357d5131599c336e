import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import { SuggestInput } from '../../ui/SuggestInput';
import { placeName, useReference } from '../reference/reference';

type Props = {
  id: string;
  labelText: string;
  optionalText?: string;
  value: string;
  onChange: (value: string) => void;
  status: 'default' | 'error';
  statusText?: string;
};

/** A municipality by its name (the code is what is stored), as in the organisation form. */
export function MunicipalityInput(props: Props) {
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
