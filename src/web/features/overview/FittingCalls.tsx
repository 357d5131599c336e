import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ExampleTag } from '../../ui/ExampleBadge';
import { themeName, type OverviewCall } from './fittingCalls';

/** Open calls that fit the user's ecosystems or consortia: deadline, the call, and whom it fits and why. */
export function FittingCalls({ calls }: { calls: OverviewCall[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel" aria-labelledby="fitting-calls-heading">
      <h2 id="fitting-calls-heading">{t('overview.fittingCalls')}</h2>
      {calls.length === 0 ? (
        <p className="muted">{t('overview.noFittingCalls')}</p>
      ) : (
        <ul className="plain-list">
          {calls.map((call) => {
            const title = localized(call, 'title', lang);
            return (
              <li key={call.id}>
                <time dateTime={call.deadlineAt}>
                  {t('overview.fittingDeadline', { date: formatDate(call.deadlineAt, lang) })}
                </time>
                <br />
                <Link
                  to={`/${lang}/funding-calls/${call.id}`}
                  lang={title.lang === lang ? undefined : title.lang}
                >
                  {title.text}
                </Link>{' '}
                {call.example && <ExampleTag />}
                {call.ecosystems.map((e) => (
                  <span key={e.id} className="muted">
                    <br />
                    {t('overview.fittingWhy', {
                      ecosystem: localized(e, 'name', lang).text,
                      themes: e.themes.map((theme) => themeName(theme, lang)).join(', '),
                    })}
                  </span>
                ))}
                {call.consortia.map((c) => (
                  <span key={c.id} className="muted">
                    <br />
                    {t('overview.fittingConsortium')} <Link to={`/${lang}/consortia/${c.id}`}>{c.name}</Link>:{' '}
                    {t('overview.fittingShared', {
                      themes: c.themes.map((theme) => themeName(theme, lang)).join(', '),
                    })}
                  </span>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
