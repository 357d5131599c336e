import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { formatDate, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import { Loading } from '../../ui/Loading';
import { nationalBaseline, type NationalBaseline } from './admin';

type Table = NationalBaseline['tables'][number];

const COMMANDS = [
  'solmu reference import --national establishments toimipaikat.csv',
  'solmu reference import --national jobs tyopaikat.csv',
];

/** What the pictures' location quotients compare with now. */
function Status({ baseline }: { baseline: NationalBaseline }) {
  const { t } = useTranslation();
  const lang = useLang();
  const register = baseline.fullRegisterImport;
  return (
    <>
      <p>
        {baseline.organisationsBaseline === 'finland' ? t('admin.baselineFinland') : t('admin.baselineSolmu')}
      </p>
      {register && (
        <p>
          {t('admin.baselineRegister', {
            date: formatDate(register.finishedAt, lang),
            companies: formatNumber(register.companies, lang),
          })}
        </p>
      )}
      {baseline.tables.length > 0 && (
        <DataTable<Table>
          caption={t('admin.baselineTables')}
          columns={[
            {
              key: 'basis',
              label: t('admin.baselineBasis'),
              render: (r) =>
                r.basis === 'jobs' ? t('admin.baselineJobs') : t('admin.baselineEstablishments'),
            },
            { key: 'year', label: t('admin.baselineYear'), render: (r) => String(r.year) },
            { key: 'source', label: t('admin.baselineSource'), render: (r) => r.source },
            {
              key: 'municipalities',
              label: t('admin.baselineMunicipalities'),
              render: (r) => formatNumber(r.municipalities, lang),
            },
            {
              key: 'imported',
              label: t('admin.baselineImported'),
              render: (r) => formatDate(r.importedAt, lang),
            },
          ]}
          rows={baseline.tables}
          rowKey={(r) => r.basis}
        />
      )}
    </>
  );
}

/** How an administrator adds Statistics Finland's table (docs/national-baseline.md has the detail). */
function HowToAdd() {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('admin.baselineHowTitle')}</h3>
      <ol>
        <li>{t('admin.baselineStepTable')}</li>
        <li>{t('admin.baselineStepSelect')}</li>
        <li>{t('admin.baselineStepSave')}</li>
        <li>
          {t('admin.baselineStepImport')}
          <pre className="command">
            <code>{COMMANDS.join('\n')}</code>
          </pre>
        </li>
      </ol>
      <p>{t('admin.baselineRegisterRule')}</p>
    </>
  );
}

/**
 * The national baseline: whether Statistics Finland's table of establishments or jobs is there (year,
 * source), or a whole-register YTJ import, and how to add the table when it is not.
 */
export function NationalBaselineSection() {
  const { t } = useTranslation();
  const baseline = useApi('national-baseline', (signal) => nationalBaseline(signal));
  return (
    <section className="panel" aria-labelledby="national-baseline-heading">
      <h2 id="national-baseline-heading">{t('admin.baselineTitle')}</h2>
      {baseline.data ? (
        <Status baseline={baseline.data} />
      ) : baseline.error ? (
        <p>{t('error.loadFailed')}</p>
      ) : (
        <Loading />
      )}
      <HowToAdd />
    </section>
  );
}
