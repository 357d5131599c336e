import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { formatDate, formatList, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LocalText } from '../../ui/LocalText';
import { loadFittingCalls, type Consortium, type FittingCall } from './api';

function Call({ call }: { call: FittingCall }) {
  const { t } = useTranslation();
  const lang = useLang();
  const themes = call.themes.map((theme) => theme[lang] ?? theme.fi);
  return (
    <li>
      <Link to={`/${lang}/funding-calls/${call.id}`}>
        <LocalText text={localized(call, 'title', lang)} />
      </Link>{' '}
      – {t('consortium.deadline', { date: formatDate(call.deadlineAt, lang) })}
      {themes.length > 0 && (
        <span className="muted">
          {' '}
          ({t('consortium.fittingThemes', { themes: formatList(themes, lang) })})
        </span>
      )}
    </li>
  );
}

/** Other open calls whose themes the partners offer: where the same mix could apply next. */
export function FittingCalls({ c }: { c: Consortium }) {
  const { t } = useTranslation();
  const ids = c.partners.map((p) => p.organisationId).sort();
  const calls = useApi(ids.length ? `fitting-calls/${ids.join(',')}` : null, (signal) =>
    loadFittingCalls(ids, signal),
  );
  const others = (calls.data ?? []).filter((call) => call.id !== c.fundingCall.id);
  return (
    <section className="panel" aria-labelledby="consortium-fitting">
      <h2 id="consortium-fitting">{t('consortium.fittingHeading')}</h2>
      {calls.state === 'error' && <ErrorNotice error={calls.error} />}
      {(ids.length === 0 || (calls.state === 'ready' && others.length === 0)) && (
        <p>{t('consortium.noFittingCalls')}</p>
      )}
      {others.length > 0 && (
        <ul>
          {others.map((call) => (
            <Call key={call.id} call={call} />
          ))}
        </ul>
      )}
    </section>
  );
}
