import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import type { Picture } from '../api';
import { Chart } from '../Chart';
import type { Namer } from '../names';
import { decimal } from '../numbers';
import { Section } from './Section';

type Table = Picture['specialisation']['organisations'];

/** Ranked rows first, then the low-count ones, which are shown but flagged and never ranked. */
function LqTable({ table, names, caption }: { table: Table; names: Namer; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = [...table.divisions].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.scopeCount - a.scopeCount,
  );
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'rank', label: t('picture.rank'), render: (r) => (r.rank === null ? '–' : String(r.rank)) },
        { key: 'name', label: t('picture.industry'), render: (r) => names.division(r.code) },
        { key: 'scope', label: t('picture.scopeCount'), render: (r) => decimal(r.scopeCount, lang, 0) },
        { key: 'fin', label: t('picture.finlandCount'), render: (r) => decimal(r.finlandCount, lang, 0) },
        { key: 'lq', label: t('picture.lq'), render: (r) => (r.lq === null ? '–' : decimal(r.lq, lang)) },
        {
          key: 'flag',
          label: t('picture.note'),
          render: (r) => (r.lowCount ? t('picture.lowCount') : ''),
        },
      ]}
      rows={rows}
      rowKey={(r) => r.code}
    />
  );
}

/** Location quotients against all of Finland by TOL division; low counts flagged, not ranked. */
export function SpecialisationSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  const s = picture.specialisation;
  const ranked = s.organisations.divisions.filter((r) => r.rank !== null && r.lq !== null).slice(0, 10);
  return (
    <Section id="specialisation" title={t('picture.specialisation')}>
      <p>{t('picture.lqIntro', { threshold: picture.parameters.lowCountThreshold })}</p>
      <Chart
        title={t('picture.lqChart')}
        rows={ranked.map((r) => ({ key: r.code, label: names.division(r.code), value: r.lq! }))}
        valueLabel={t('picture.lq')}
        markAtOne
        digits={2}
      />
      <LqTable table={s.organisations} names={names} caption={t('picture.lqByOrganisations')} />
      {s.jobs && <LqTable table={s.jobs} names={names} caption={t('picture.lqByJobs')} />}
    </Section>
  );
}
