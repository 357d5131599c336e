import { useEffect, useState } from 'react';
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
  /**
   * Report a name only when it is a choice: typed text that is also the start of another name ("Ii" of
   * "Iisalmi") waits for Enter, leaving the field or more letters. For filters that act at once.
   */
  onlyChoices?: boolean;
  autoFocus?: boolean;
};

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
const startsWith = (a: string, start: string) => same(a.slice(0, start.length), start);

/**
 * A text field with the browser's own suggestion list (<datalist>): type a few letters, pick a name,
 * or type the code. Native, so screen readers and keyboards know it; it takes hundreds of items.
 * A choice reports the item's value; unmatched text is reported as typed, for the caller to refuse.
 */
export function SuggestInput({ id, items, value, onChange, onlyChoices = false, ...input }: Props) {
  const labelOf = (v: string) => items.find((i) => i.value === v)?.label ?? v;
  const [text, setText] = useState(() => labelOf(value));
  // The last value this field reported: its echo back through `value` must not rewrite the text.
  const [reported, setReported] = useState<string | null>(null);
  const [synced, setSynced] = useState({ value, count: items.length });
  if (synced.value !== value || synced.count !== items.length) {
    // A change from outside (a reset, the back button) shows the value's label; the names arriving
    // replace a code shown meanwhile, never what the user is typing.
    setSynced({ value, count: items.length });
    if (synced.value !== value ? value !== reported : value !== '' && text === value) setText(labelOf(value));
  }
  const report = (next: string) => {
    setReported(next);
    onChange(next);
  };
  const matchOf = (typed: string) => {
    const t = typed.trim();
    return items.find((i) => same(i.label, t) || i.value === t);
  };
  // A name that is also the start of others waits, in a filter, for Enter or leaving the field.
  const unsure = (typed: string, match: Suggestion | undefined) =>
    onlyChoices && match !== undefined && items.some((i) => i !== match && startsWith(i.label, typed.trim()));
  const change = (typed: string) => {
    setText(typed);
    const t = typed.trim();
    const match = matchOf(typed);
    if (!unsure(typed, match)) report(t === '' ? '' : (match?.value ?? typed));
  };
  // A name typed before the names arrived (they load while the page opens) was reported as typed: once
  // it names an item, the item is the choice (the field then shows the item's name, as a pick would).
  const late = value !== '' && value === text.trim() && !items.some((i) => i.value === value);
  const lateMatch = late ? matchOf(text) : undefined;
  const lateChoice = lateMatch && !unsure(text, lateMatch) ? lateMatch.value : null;
  useEffect(() => {
    if (lateChoice !== null) onChange(lateChoice);
  }, [lateChoice, onChange]);
  // Enter or leaving the field makes a name that is also the start of others the choice.
  const commit = () => {
    const match = matchOf(text);
    if (match && match.value !== reported) report(match.value);
  };
  return (
    <>
      <TextInput
        id={id}
        list={`${id}-list`}
        autoComplete="off"
        value={text}
        onChange={(v) => change(String(v ?? ''))}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
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
