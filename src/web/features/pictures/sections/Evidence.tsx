import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/lang';
import type { Picture } from '../api';
import { decimal, percent, signed } from '../numbers';

type Evidence = Picture['strengths'][number]['evidence'][number];

/** One piece of evidence behind a strength or growth candidate, said in a sentence. */
export function EvidenceItem({ item }: { item: Evidence }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (item.kind) {
    case 'specialisation': {
      const figures = {
        lq: item.lq === null ? '–' : decimal(item.lq, lang),
        scope: decimal(item.scopeCount, lang, 0),
        finland: decimal(item.finlandCount, lang, 0),
      };
      const c = item.confidence;
      return (
        <>
          {item.basis === 'jobs'
            ? t('picture.evidenceLqJobs', figures)
            : item.baseline === 'solmu'
              ? t('picture.evidenceLqSolmu', figures)
              : t('picture.evidenceLq', figures)}
          {c &&
            ` ${t('picture.evidenceInterval', { low: decimal(c.low, lang), high: decimal(c.high, lang) })}`}
          {item.lowCount && ` ${t('picture.lowCount')}`}
        </>
      );
    }
    case 'size':
      return <>{t('picture.evidenceSize', { n: item.organisations, share: percent(item.share, lang) })}</>;
    case 'centralActors':
      return (
        <>
          {t('picture.evidenceCentral', { share: percent(item.pagerankShare, lang) })}{' '}
          {item.actors.map((a) => `${a.name} (${a.pagerankRank}.)`).join(', ')}
        </>
      );
    case 'competences':
      return (
        <>
          {t('picture.evidenceCompetences')}{' '}
          {item.items.map((c) => `${c.label} (${c.organisations})`).join(', ')}
        </>
      );
    case 'projects':
      return (
        <>
          {t('picture.evidenceProjects')} {item.items.map((p) => p.name).join(', ')}
        </>
      );
    case 'growth':
      return (
        <>
          {t('picture.evidenceGrowth', {
            before: item.before,
            now: item.now,
            change: `${signed(item.change * 100, lang, 1)} %`,
            since: item.since,
          })}
        </>
      );
  }
}
