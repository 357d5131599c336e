import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { fetchRecord } from '../../shared/records';
import { placeName, useReference } from '../../shared/reference';
import { LocalText } from '../../ui/LocalText';

type Named = 'organisations' | 'ecosystems' | 'networks' | 'competences';

/** A record's name by id in the page's language (a link to an organisation); "…" while it loads or if hidden. */
export function RecordName({ path, id }: { path: Named; id: string }) {
  const lang = useLang();
  const record = useApi(`${path}/${id}`, () => fetchRecord(path, id));
  if (!record.data) return <span className="muted">…</span>;
  const name = <LocalText text={localized(record.data, 'name', lang)} />;
  return path === 'organisations' ? <Link to={`/${lang}/organisations/${id}`}>{name}</Link> : name;
}

/** A municipality's name in the page's language, its code while the names load. */
export function TownName({ code }: { code: string }) {
  const lang = useLang();
  const reference = useReference();
  const found = reference?.municipalities.find((m) => m.code === code);
  return <>{found ? placeName(found, lang) : code}</>;
}
