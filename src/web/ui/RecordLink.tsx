import { Link } from 'react-router-dom';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';

type Rec = Record<string, unknown> & { id: string };

/**
 * A link to a record's page by its name in the page's language (or Finnish, marked as such).
 * `base` is the three-language field ('name' or 'title'); networks are addressed by their slug.
 */
export function RecordLink({
  path,
  record,
  base = 'name',
}: {
  path: string;
  record: Rec;
  base?: 'name' | 'title';
}) {
  const lang = useLang();
  const text = localized(record, base, lang);
  const key = path === 'networks' && typeof record.slug === 'string' ? record.slug : record.id;
  return (
    <Link to={`/${lang}/${path}/${key}`} lang={text.lang === lang ? undefined : text.lang}>
      {text.text}
    </Link>
  );
}
