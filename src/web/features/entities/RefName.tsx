import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ResourcePath } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n/lang';
import { fetchRecord } from '../../shared/records';
import { PageTitle } from '../../ui/PageTitle';
import { recordName, recordPath } from './naming';

/** The name of a referenced record as a link to it; a record the user may not see stays unnamed. */
export function RefName({ path, id }: { path: ResourcePath; id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const record = useApi(`${path}/${id}`, () => fetchRecord(path, id));
  if (record.state === 'loading') return <span className="muted">…</span>;
  if (!record.data) return <span className="muted">{t('entities.hiddenRecord')}</span>;
  const name = recordName(t, path, record.data, lang);
  return (
    <Link to={recordPath(lang, path, id)} lang={name.lang === lang ? undefined : name.lang}>
      {name.text}
    </Link>
  );
}

/** A page's title named after the record it is about (a contact after its organisation). */
export function ReferenceTitle({ path, id, sub }: { path: ResourcePath; id: string; sub: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const record = useApi(`${path}/${id}`, () => fetchRecord(path, id));
  const name = record.data ? recordName(t, path, record.data, lang) : { text: sub, lang };
  return (
    <PageTitle sub={sub} lang={name.lang === lang ? undefined : name.lang}>
      {name.text}
    </PageTitle>
  );
}
