import { useTranslation } from 'react-i18next';
import { useLang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import type { Picture } from '../api';
import { Chart } from '../Chart';
import type { Namer } from '../names';
import { decimal, percent } from '../numbers';
import { Figures, Section } from './Section';

type Rows = Picture['composition']['byKind'];

/** Who is there: organisations by kind, industry, municipality and size; the triple helix and its gaps. */
export function CompositionSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = picture.composition;
  const helix = c.tripleHelix;
  const rows = (list: Rows, name: (code: string) => string) =>
    list.map((r) => ({ key: r.code, label: name(r.code), value: r.count }));
  const pillars: Record<string, string> = {
    companies: t('picture.pillarCompanies'),
    education: t('picture.pillarEducation'),
    rdi: t('picture.pillarRdi'),
    public: t('picture.pillarPublic'),
  };
  const pillar = (p: string) => pillars[p] ?? p;
  return (
    <Section id="composition" title={t('picture.composition')}>
      <Figures items={[[t('picture.organisations'), decimal(c.organisations, lang, 0)]]} />
      <Chart title={t('picture.byKind')} rows={rows(c.byKind, names.kind)} valueLabel={t('picture.count')} />
      <h3>{t('picture.tripleHelix')}</h3>
      <p>{t('picture.tripleHelixIntro')}</p>
      <Chart
        title={t('picture.tripleHelix')}
        kind="pie"
        rows={helix.pillars.map((p) => ({ key: p.pillar, label: pillar(p.pillar), value: p.count }))}
        valueLabel={t('picture.count')}
      />
      <Figures
        items={[
          [t('picture.evenness'), decimal(helix.evenness, lang)],
          [t('picture.outsideHelix'), decimal(helix.outside.count, lang, 0)],
          [t('picture.missingPillars'), helix.missingPillars.map(pillar).join(', ') || t('picture.none')],
          [t('picture.missingKinds'), c.missingKinds.map(names.kind).join(', ') || t('picture.none')],
        ]}
      />
      <Chart
        title={t('picture.bySection')}
        rows={rows(c.bySection, names.section)}
        valueLabel={t('picture.count')}
      />
      <DataTable
        caption={t('picture.byMunicipality')}
        columns={[
          { key: 'name', label: t('picture.municipality'), render: (r) => names.municipality(r.code) },
          { key: 'count', label: t('picture.count'), render: (r) => decimal(r.count, lang, 0) },
          { key: 'share', label: t('picture.share'), render: (r) => percent(r.share, lang) },
        ]}
        rows={c.byMunicipality}
        rowKey={(r) => r.code}
      />
    </Section>
  );
}
