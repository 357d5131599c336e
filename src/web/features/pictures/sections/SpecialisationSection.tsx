import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import type { Picture } from '../api';
import { Chart } from '../Chart';
import type { Namer } from '../names';
import { decimal } from '../numbers';
import { Section } from './Section';

type Table = Picture['specialisation']['organisations'];
type Row = Table['divisions'][number];

/** The LQ's 95 % interval as "0,54–5,12"; pictures saved before intervals existed have none. */
function interval(r: Row, lang: ReturnType<typeof useLang>) {
  const c = (r as Partial<Row>).confidence;
  return c ? `${decimal(c.low, lang)}–${decimal(c.high, lang)}` : '–';
}

/** Ranked rows first, then the low-count ones, which are shown but flagged and never ranked. */
function LqTable({ table, names, caption }: { table: Table; names: Namer; caption: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = [...table.divisions].sort(
    (a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || b.scopeCount - a.scopeCount,
  );
  const baselineLabel = table.baseline === 'solmu' ? t('picture.solmuCount') : t('picture.finlandCount');
  return (
    <DataTable
      caption={caption}
      columns={[
        { key: 'rank', label: t('picture.rank'), render: (r) => (r.rank === null ? '–' : String(r.rank)) },
        { key: 'name', label: t('picture.industry'), render: (r) => names.division(r.code) },
        { key: 'scope', label: t('picture.scopeCount'), render: (r) => decimal(r.scopeCount, lang, 0) },
        { key: 'fin', label: baselineLabel, render: (r) => decimal(r.finlandCount, lang, 0) },
        { key: 'lq', label: t('picture.lq'), render: (r) => (r.lq === null ? '–' : decimal(r.lq, lang)) },
        { key: 'ci', label: t('picture.confidence'), render: (r) => interval(r, lang) },
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

/** Says plainly what the quotients compare with: Finland (which table, which year) or Solmu's actors. */
function Baseline({ table }: { table: Table }) {
  const { t } = useTranslation();
  if (table.baseline === 'solmu') return <p className="picture-baseline">{t('picture.baselineSolmu')}</p>;
  const values = { source: table.source ?? '–', year: table.year ?? '–' };
  return (
    <p className="picture-baseline">
      {table.basis === 'jobs' ? t('picture.baselineJobs', values) : t('picture.baselineFinland', values)}
    </p>
  );
}

/** Location quotients by TOL division against Finland or, without a national table, Solmu's actors. */
export function SpecialisationSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  const s = picture.specialisation;
  const ranked = s.organisations.divisions.filter((r) => r.rank !== null && r.lq !== null).slice(0, 10);
  const solmu = s.organisations.baseline === 'solmu';
  return (
    <Section id="specialisation" title={t('picture.specialisation')}>
      <p>
        {solmu
          ? t('picture.lqIntroSolmu', { threshold: picture.parameters.lowCountThreshold })
          : t('picture.lqIntro', { threshold: picture.parameters.lowCountThreshold })}
      </p>
      <Baseline table={s.organisations} />
      <p>{t('picture.confidenceIntro')}</p>
      <Chart
        title={solmu ? t('picture.lqChartSolmu') : t('picture.lqChart')}
        rows={ranked.map((r) => ({ key: r.code, label: names.division(r.code), value: r.lq! }))}
        valueLabel={t('picture.lq')}
        markAtOne
        digits={2}
      />
      <LqTable table={s.organisations} names={names} caption={t('picture.lqByOrganisations')} />
      {s.jobs && (
        <>
          <Baseline table={s.jobs} />
          <LqTable table={s.jobs} names={names} caption={t('picture.lqByJobs')} />
        </>
      )}
    </Section>
  );
}
