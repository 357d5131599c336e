import type { ReactNode } from 'react';

/** A titled panel of the picture page, reachable from its table of contents by id. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="panel picture-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** Key figures as a definition list: a label and its value side by side. */
export function Figures({ items }: { items: [string, string][] }) {
  return (
    <dl className="picture-figures">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
