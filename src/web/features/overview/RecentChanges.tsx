import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatDateTime, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Change } from './changes';

/** The latest changes: when, what kind of record, its name as a link, and whether it is new. */
export function RecentChanges({ changes }: { changes: Change[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t('overview.recentChanges')}</h2>
      {changes.length === 0 ? (
        <p className="muted">{t('overview.noChanges')}</p>
      ) : (
        <ul className="plain-list">
          {changes.map((c) => {
            const name = localized(c, 'name', lang);
            return (
              <li key={`${c.entity}-${c.id}`}>
                <time dateTime={c.changedAt}>{formatDateTime(c.changedAt, lang)}</time>
                <br />
                {label(t, 'changedEntity', c.entity)}:{' '}
                <Link to={`/${lang}/${c.entity}/${c.id}`} lang={name.lang === lang ? undefined : name.lang}>
                  {name.text}
                </Link>{' '}
                <span className="muted">
                  ({c.created ? t('overview.changeNew') : t('overview.changeEdited')})
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
