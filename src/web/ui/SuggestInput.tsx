import { useState } from 'react';
import { TextInput } from 'suomifi-ui-components';

export type Suggestion = { value: string; label: string };

type Props = {
  id: string;
  labelText: string;
  hintText?: string;
  optionalText?: string;
  visualPlaceholder?: string;
  items: Suggestion[];
  /** The chosen item's value, '' for none, or text that matches no item (shown as typed). */
  value: string;
  onChange: (value: string) => void;
  status?: 'default' | 'error';
  statusText?: string;
};

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;

/**
 * A text field with the browser's own suggestion list (<datalist>): type a few letters, pick a name,
 * or type the code. Native, so screen readers and keyboards know it; it takes hundreds of items.
 * A choice reports the item's value; unmatched text is reported as typed, for the caller to refuse.
 */
export function SuggestInput({ id, items, value, onChange, ...input }: Props) {
  const labelOf = (v: string) => items.find((i) => i.value === v)?.label ?? v;
  const [text, setText] = useState(() => labelOf(value));
  // The last value this field reported: its echo back through `value` must not rewrite the text.
  const [reported, setReported] = useState<string | null>(null);
  const [synced, setSynced] = useState({ value, count: items.length });
  if (synced.value !== value || synced.count !== items.length) {
    // A change from outside (a reset, the back button, the items arriving) shows the value's label.
    setSynced({ value, count: items.length });
    if (value !== reported) setText(labelOf(value));
  }
  const change = (typed: string) => {
    setText(typed);
    const t = typed.trim();
    const match = items.find((i) => same(i.label, t) || i.value === t);
    const next = t === '' ? '' : (match?.value ?? typed);
    setReported(next);
    onChange(next);
  };
  return (
    <>
      <TextInput
        id={id}
        list={`${id}-list`}
        autoComplete="off"
        value={text}
        onChange={(v) => change(String(v ?? ''))}
        fullWidth
        {...input}
      />
      <datalist id={`${id}-list`}>
        {items.map((i) => (
          <option key={i.value} value={i.label} />
        ))}
      </datalist>
    </>
  );
}
