import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';

type Props<T extends string> = {
  name: string;
  labelText: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly T[];
  /** The visible text of an option. */
  text: (value: T) => string;
};

/** One choice out of a few, as radio buttons: a format, a language, the kind of a file. */
export function ChoiceGroup<T extends string>({ name, labelText, value, onChange, options, text }: Props<T>) {
  return (
    <RadioButtonGroup
      name={name}
      labelText={labelText}
      value={value}
      onChange={(v) => onChange(v as T)}
      mb="m"
    >
      {options.map((o) => (
        <RadioButton key={o} value={o}>
          {text(o)}
        </RadioButton>
      ))}
    </RadioButtonGroup>
  );
}
