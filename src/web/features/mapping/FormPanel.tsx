import type { FormEvent, ReactNode } from 'react';

type Props = {
  id: string;
  heading: string;
  /** The heading's level under the page's headings. */
  level: 2 | 3;
  onSubmit: () => Promise<void> | void;
  children: ReactNode;
};

/** A form of the mapping pages in its panel, named by its heading; the browser's own checks are off. */
export function FormPanel({ id, heading, level, onSubmit, children }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      {children}
    </form>
  );
}
