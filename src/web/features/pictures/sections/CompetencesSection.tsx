import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../../i18n/lang';
import type { Picture } from '../api';
import type { Namer } from '../names';
import { decimal } from '../numbers';
import { Figures, Section } from './Section';

/**
 * The partner search for a gap across Finland: a vocabulary competence by id, a free tag by its words;
 * a town's picture asks as that town, so each supplier's ties to it are explained.
 */
function partnerSearchPath(lang: string, key: string, scope: Picture['scope']) {
  const need: Record<string, string> = key.startsWith('tag:') ? { q: key.slice(4) } : { competenceId: key };
  const asker: Record<string, string> = scope.kind === 'municipality' ? { asker: scope.id } : {};
  return `/${lang}/partner-search?${new URLSearchParams({ ...need, scope: 'finland', ...asker }).toString()}`;
}

/** What is offered and needed; needs nobody in the scope offers, with who offers them elsewhere. */
export function CompetencesSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = picture.competences;
  return (
    <Section id="competences" title={t('picture.competences')}>
      <Figures
        items={[
          [t('picture.offered'), decimal(c.offered.length, lang, 0)],
          [t('picture.needed'), decimal(c.needed.length, lang, 0)],
          [t('picture.metNeeds'), decimal(c.metNeeds.length, lang, 0)],
          [t('picture.unmetNeeds'), decimal(c.unmetNeeds.length, lang, 0)],
        ]}
      />
      <h3>{t('picture.gaps')}</h3>
      {c.unmetNeeds.length === 0 ? (
        <p>{t('picture.noGaps')}</p>
      ) : (
        <ul className="picture-list">
          {c.unmetNeeds.map((need) => (
            <li key={need.key}>
              <strong>{need.label}</strong> {t('picture.neededBy', { n: need.neededBy.length })}{' '}
              <Link to={partnerSearchPath(lang, need.key, picture.scope)}>
                {t('partnerSearch.findForGap', { need: need.label })}
              </Link>
              {need.offeredElsewhere.length === 0 ? (
                <p>{t('picture.noSupplier')}</p>
              ) : (
                <p>
                  {t('picture.suppliers')}{' '}
                  {need.offeredElsewhere.map((o, i) => (
                    <span key={o.organisationId}>
                      {i > 0 && ', '}
                      <Link to={`/${lang}/organisations/${o.organisationId}`}>{o.name}</Link>
                      {` (${names.municipality(o.municipalityCode)}${o.sameNetwork ? `, ${t('picture.sameNetwork')}` : ''})`}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
