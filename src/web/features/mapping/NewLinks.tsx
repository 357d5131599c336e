import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { CopyableSecret } from '../../ui/CopyableSecret';

export type ShownLink = { respondentId: string; name: string; url: string; expiresAt?: string };

/** A relative link (`/fi/answer/…`) as the respondent opens it. */
export const absolute = (url: string) => (/^https?:/.test(url) ? url : `${window.location.origin}${url}`);

/** Personal links shown this once, each with a copy button: only a hash of the token is kept. */
export function NewLinks({
  links,
  heading,
  level = 2,
}: {
  links: ShownLink[];
  heading: string;
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const headingId = useId();
  if (links.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      {level === 2 ? <h2 id={headingId}>{heading}</h2> : <h3 id={headingId}>{heading}</h3>}
      <InlineAlert status="warning" mb="m">
        {t('mapping.links.once')}
      </InlineAlert>
      <div className="new-links">
        {links.map((l) => (
          <div key={l.respondentId}>
            <CopyableSecret
              id={`${headingId}-link-${l.respondentId}`}
              label={
                l.expiresAt
                  ? t('mapping.links.labelExpires', { name: l.name, date: formatDate(l.expiresAt, lang) })
                  : t('mapping.links.label', { name: l.name })
              }
              value={absolute(l.url)}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
