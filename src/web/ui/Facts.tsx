import type { ReactNode } from 'react';

type Props = { rows: [term: string, value: ReactNode][]; className?: string };

/** Facts of a record as a description list; empty facts are left out. */
export function Facts({ rows, className = 'details' }: Props) {
  return (
    <dl className={className}>
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
