import { useState } from 'react';
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

/** Codes as a form keeps them ("305, 832") and back. */
const codesOf = (text: string) =>
  text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Several municipalities by their names (the codes are stored): the chosen ones as a list, each with its
 * remove button, and a field that adds the municipality picked from the browser's own suggestion list.
 */
export function MunicipalitiesInput(props: PickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const [added, setAdded] = useState(0);
  const items = (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));
  const nameOf = (code: string) => items.find((i) => i.value === code)?.label ?? code;
  const codes = codesOf(props.value);
  const set = (next: string[]) => props.onChange(next.join(', '));
  return (
    <fieldset
      className="municipalities-input"
      aria-describedby={props.statusText ? `${props.id}-status` : undefined}
    >
      <legend>
        {props.labelText}
        {props.optionalText && <span className="muted"> ({props.optionalText})</span>}
      </legend>
      {codes.length > 0 ? (
        <ul className="chosen-list">
          {codes.map((code) => (
            <li key={code}>
              {nameOf(code)}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => set(codes.filter((c) => c !== code))}
              >
                {t('municipalities.removeOne', { name: nameOf(code) })}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('municipalities.none')}</p>
      )}
      <SuggestInput
        key={added}
        id={props.id}
        labelText={t('municipalities.add')}
        hintText={t('municipalities.hint')}
        items={items.filter((i) => !codes.includes(i.value))}
        value=""
        onlyChoices
        autoFocus={added > 0}
        onChange={(code) => {
          if (!/^\d{3}$/.test(code)) return;
          set([...codes, code]);
          setAdded((n) => n + 1);
        }}
      />
      {props.statusText && (
        <p id={`${props.id}-status`} className="field-error">
          {props.statusText}
        </p>
      )}
    </fieldset>
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
