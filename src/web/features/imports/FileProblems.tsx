import type { RunError } from './api';
import { Reason } from './Reason';

/** Problems of a file as a whole (no line), each in the page's language. */
export function FileProblems({ errors }: { errors: RunError[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="file-problems">
      {errors.map((e, i) => (
        <li key={i}>
          <Reason error={e} />
        </li>
      ))}
    </ul>
  );
}
