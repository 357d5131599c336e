import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/lang';
import type { Picture } from '../api';
import type { Namer } from '../names';
import { decimal } from '../numbers';
import { EvidenceItem } from './Evidence';
import { Section } from './Section';

type Item = Picture['strengths'][number];

/** A ranked list of sectors; each one's evidence opens with one click (a native disclosure). */
function SectorList({ items, names, empty }: { items: Item[]; names: Namer; empty: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ol className="picture-sectors">
      {items.map((item) => (
        <li key={item.code}>
          <details className="evidence">
            <summary>
              <span className="sector-name">{names.division(item.code)}</span>{' '}
              <span className="muted">{t('picture.score', { score: decimal(item.score, lang) })}</span>
              <span className="evidence-hint">{t('picture.showEvidence')}</span>
            </summary>
            <ul>
              {item.evidence.map((e, i) => (
                <li key={`${e.kind}-${i}`}>
                  <EvidenceItem item={e} />
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}

/** Strengths and candidate growth sectors, each with the evidence behind it: never a bare claim. */
export function SectorsSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  return (
    <Section id="strengths" title={t('picture.strengthsAndGrowth')}>
      <p>{t('picture.strengthsIntro')}</p>
      <h3>{t('picture.strengths')}</h3>
      <SectorList items={picture.strengths} names={names} empty={t('picture.noStrengths')} />
      <h3>{t('picture.growthCandidates')}</h3>
      <SectorList items={picture.growthCandidates} names={names} empty={t('picture.noGrowth')} />
    </Section>
  );
}
