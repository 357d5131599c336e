import { useTranslation } from 'react-i18next';
import { MultiSelect } from 'suomifi-ui-components';
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

/** Codes as a form keeps them ("305, 832") and back. */
const codesOf = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Several municipalities by their names, searched in the page's language (the codes are stored). */
export function MunicipalitiesInput(props: PickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const items = (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ uniqueItemId: m.code, labelText: placeName(m, lang) }))
    .sort((a, b) => a.labelText.localeCompare(b.labelText, lang));
  const byCode = new Map(items.map((item) => [item.uniqueItemId, item]));
  const selected = codesOf(props.value).map(
    (code) => byCode.get(code) ?? { uniqueItemId: code, labelText: code },
  );
  return (
    <MultiSelect
      id={props.id}
      labelText={props.labelText}
      optionalText={props.optionalText}
      hintText={t('municipalities.hint')}
      items={items}
      selectedItems={selected}
      onItemSelectionsChange={(chosen) => props.onChange(chosen.map((item) => item.uniqueItemId).join(', '))}
      status={props.status}
      statusText={props.statusText}
      noItemsText={t('municipalities.noMatches')}
      ariaChipActionLabel={t('municipalities.remove')}
      removeAllButtonLabel={t('municipalities.removeAll')}
      ariaOptionsAvailableTextFunction={(count) => t('municipalities.available', { count })}
      ariaOptionChipRemovedTextFunction={(name) => t('municipalities.removed', { name })}
      ariaSelectedAmountTextFunction={(count) => t('municipalities.selected', { count })}
      fullWidth
    />
  );
}

/** Municipalities' names in the page's language, in the order stored. */
export function MunicipalityNames({ codes }: { codes: readonly string[] }) {
  const lang = useLang();
  const reference = useReference();
  const names = codes.map((code) => {
    const found = reference?.municipalities.find((m) => m.code === code);
    return found ? placeName(found, lang) : code;
  });
  return <>{names.join(', ')}</>;
}
