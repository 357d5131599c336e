import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { useAuth } from '../../shared/auth';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CardTitle, NextAction } from './CardFacts';
import { loadDue } from './pipeline';

/** The overview's reminders: the user's own contacts due this week, and the overdue ones first. */
export function DueThisWeek() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const due = useApi(me.user ? `due-${me.user.id}` : null, (signal) => loadDue(7, signal));
  if (!me.user) return null;
  return (
    <section className="panel" aria-labelledby="due-heading">
      <h2 id="due-heading">{t('pipeline.dueThisWeek')}</h2>
      {due.state === 'error' && <ErrorNotice error={due.error} />}
      {due.state === 'ready' &&
        (due.data.items.length === 0 ? (
          <p className="muted">{t('pipeline.nothingDue')}</p>
        ) : (
          <ul className="plain-list">
            {due.data.items.map((c) => (
              <li key={c.id}>
                <CardTitle card={c} />
                <br />
                <NextAction card={c} today={due.data.today} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
