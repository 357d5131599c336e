import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExternalLink } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { placeName, sectionName, useReference } from '../../shared/reference';
import type { Organisation } from './model';
import { registerRows } from './registerRows';
import { Facts } from '../../ui/Facts';
import { LocalText } from '../../ui/LocalText';

/** The organisation's own facts as a description list; empty facts are left out. */
export function OrganisationDetails({ organisation: o }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const municipality = reference?.municipalities.find((m) => m.code === o.municipalityCode);
  const region = reference?.regions.find((r) => r.code === o.regionCode);
  const section = reference?.sections.find((s) => s.code === o.industry?.sectionCode);
  const description = localized(o, 'description', lang);

  const rows: [string, ReactNode][] = [
    [label(t, 'organisationField', 'kind'), label(t, 'organisationKind', o.kind ?? '')],
    [label(t, 'organisationField', 'businessId'), o.businessId],
    [
      label(t, 'organisationField', 'tolCode'),
      o.tolCode ? `${o.tolCode}${section ? ` (${section.code} ${sectionName(section, lang)})` : ''}` : null,
    ],
    [
      label(t, 'organisationField', 'municipalityCode'),
      municipality ? (
        <>
          {placeName(municipality, lang)} ·{' '}
          <Link to={`/${lang}/pictures/municipality/${municipality.code}`}>
            {t('picture.ofMunicipality')}
          </Link>
        </>
      ) : null,
    ],
    [t('organisation.region'), region ? placeName(region, lang) : null],
    [
      label(t, 'organisationField', 'website'),
      o.website ? (
        <ExternalLink href={o.website} toNewWindow={false}>
          {o.website}
        </ExternalLink>
      ) : null,
    ],
    [label(t, 'organisationField', 'sizeClass'), label(t, 'sizeClass', o.sizeClass ?? '')],
    [label(t, 'organisationField', 'visibility'), label(t, 'visibility', o.visibility ?? '')],
    [label(t, 'organisationField', 'isPublic'), o.isPublic ? t('common.yes') : t('common.no')],
    [
      label(t, 'organisationField', 'publicConsentOn'),
      o.publicConsentOn ? formatDate(o.publicConsentOn, lang) : t('common.no'),
    ],
    [
      label(t, 'organisationField', 'lastVerifiedOn'),
      o.lastVerifiedOn ? formatDate(o.lastVerifiedOn, lang) : null,
    ],
    ...registerRows(o, t, lang),
    [t('organisation.updatedAt'), formatDate(o.updatedAt, lang)],
  ];

  return (
    <section className="panel" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('organisation.details')}</h2>
      {description.text && (
        <p>
          <LocalText text={description} />
        </p>
      )}
      <Facts rows={rows} />
    </section>
  );
}
