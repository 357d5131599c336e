import type { ReactNode } from 'react';

/** Facts of a record as a description list; empty facts are left out. */
export function Facts({ rows }: { rows: [term: string, value: ReactNode][] }) {
  return (
    <dl className="details">
      {rows
        .filter(([, value]) => value !== null && value !== undefined && value !== '')
        .map(([term, value]) => (
          <div key={term} className="details-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
