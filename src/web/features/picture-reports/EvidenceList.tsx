import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Evidence } from './api';

/** The evidence of a sentence or proposal one click away: a disclosure button and the list it opens. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  if (evidence.length === 0) return null;
  return (
    <span className="report-evidence">
      <button
        type="button"
        className="report-evidence-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {t('report.evidence', { count: evidence.length })}
      </button>
      <ul id={id} hidden={!open}>
        {evidence.map((e, i) => (
          <li key={i}>
            {e.label}
            {e.value ? `: ${e.value}` : ''}
          </li>
        ))}
      </ul>
    </span>
  );
}
