import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { loadScopeActors, type PublicPage } from './api';

/**
 * The actors of the page's town, ecosystem or network who agreed to be shown; one whose record is not
 * public is listed but said not to show. Consent is set on the organisation's own form.
 */
export function KeyActors({ page }: { page: PublicPage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const actors = useApi(`public-page-actors/${page.id}`, (signal) => loadScopeActors(page, true, signal));
  return (
    <section className="panel" aria-labelledby="public-page-actors">
      <h2 id="public-page-actors">{t('publicPages.actorsHeading')}</h2>
      <p>{t('publicPages.actorsIntro')}</p>
      {actors.state === 'error' && <ErrorNotice error={actors.error} />}
      {actors.state === 'ready' && actors.data.items.length === 0 && <p>{t('publicPages.actorsNone')}</p>}
      {actors.state === 'ready' && actors.data.items.length > 0 && (
        <ul>
          {actors.data.items.map((o) => (
            <li key={String(o.id)}>
              <Link to={`/${lang}/organisations/${String(o.id)}`}>{localized(o, 'name', lang).text}</Link> (
              {t('publicPages.actorConsent', { date: formatDate(o.publicConsentOn, lang) })}
              {o.visibility !== 'public' && `; ${t('publicPages.actorNotPublic')}`})
            </li>
          ))}
        </ul>
      )}
      {page.canEdit && (
        <p>
          <Link to={`/${lang}/organisations?${scopeFilter(page)}`}>{t('publicPages.setConsent')}</Link>
        </p>
      )}
    </section>
  );
}

/** The organisations list narrowed to the page's town, ecosystem or network, to pick one to edit. */
const scopeFilter = (page: PublicPage) =>
  page.municipalityCode
    ? `municipalityCode=${page.municipalityCode}`
    : page.ecosystemId
      ? `ecosystemId=${page.ecosystemId}`
      : `networkId=${page.networkId}`;
