import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Activity } from './pipeline';

/** What an entry records: its kind, or the stage change from → to. */
function useWhat() {
  const { t } = useTranslation();
  return (a: Activity) =>
    a.kind === 'stage_change' && a.toStage
      ? t('pipeline.stageChange', {
          from: a.fromStage ? label(t, 'contactStage', a.fromStage) : '–',
          to: label(t, 'contactStage', a.toStage),
        })
      : label(t, 'activityKind', a.kind);
}

/** A contact's log, newest first. */
export function ContactLog({ entries }: { entries: Activity[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const what = useWhat();
  return (
    <section className="panel" aria-labelledby="contact-log-heading">
      <h2 id="contact-log-heading">{t('pipeline.log')}</h2>
      {entries.length === 0 ? (
        <p className="muted">{t('pipeline.emptyLog')}</p>
      ) : (
        <ol className="plain-list pipeline-log">
          {entries.map((a) => (
            <li key={a.id}>
              <time dateTime={a.occurredAt}>{formatDateTime(a.occurredAt, lang)}</time>{' '}
              <strong>{what(a)}</strong>
              {a.body && <p>{a.body}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
