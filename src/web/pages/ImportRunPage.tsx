import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { InlineAlert } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { loadRun } from '../features/imports/api';
import { RunCounts } from '../features/imports/RunCounts';
import { FileProblems } from '../features/imports/FileProblems';
import { RunErrors } from '../features/imports/RunErrors';
import { runSummary } from '../features/imports/runSummary';
import { runBy, runWhat } from '../features/imports/RunList';
import { useAuth } from '../shared/auth';
import '../features/imports/imports.css';
import { label } from '../i18n/dynamic';
import { formatDateTime } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

/** How often a running import is asked for its progress. */
const POLL_MS = 1500;

export function ImportRunPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const run = useApi(id, (signal) => loadRun(id, signal));
  const running = run.state === 'ready' && run.data.state === 'running';
  const { reload } = run;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, POLL_MS);
    return () => clearInterval(timer);
  }, [running, reload]);

  if (run.state === 'loading') return <Loading />;
  if (run.state === 'error') return <ErrorNotice error={run.error} />;
  const r = run.data;
  const status = r.state === 'failed' ? 'error' : r.state === 'running' ? 'warning' : 'neutral';
  // One account of the run: a file that could not be read is said as such, with its reasons; only
  // a run with rows to tell about points to them below.
  const summary = runSummary(r);
  return (
    <>
      <p>
        <Link to={`/${lang}/imports`}>{t('imports.backToImports')}</Link>
      </p>
      <PageTitle>{r.fileName ?? t('imports.runTitle')}</PageTitle>
      <InlineAlert status={status} role="status" labelText={label(t, 'runState', r.state)} mb="m">
        {summary.says === 'running'
          ? t('imports.runningHint')
          : summary.says === 'wholeFile'
            ? t('imports.failedWhole')
            : label(t, 'runStateHint', r.state)}
        {summary.englishReason && (
          <>
            {' '}
            {t('imports.reasonInEnglish')} <span lang="en">{summary.englishReason}</span>
          </>
        )}
        <FileProblems errors={summary.fileErrors} />
      </InlineAlert>
      <section className="panel" aria-labelledby="run-heading">
        <h2 id="run-heading">{t('imports.runDetails')}</h2>
        <dl className="details">
          <div className="details-row">
            <dt>{t('imports.what')}</dt>
            <dd>{runWhat(r, t)}</dd>
          </div>
          <div className="details-row">
            <dt>{t('imports.when')}</dt>
            <dd>{formatDateTime(r.createdAt, lang)}</dd>
          </div>
          {r.finishedAt && (
            <div className="details-row">
              <dt>{t('imports.finished')}</dt>
              <dd>{formatDateTime(r.finishedAt, lang)}</dd>
            </div>
          )}
          <div className="details-row">
            <dt>{t('imports.who')}</dt>
            <dd>{runBy(r, me, t)}</dd>
          </div>
        </dl>
        <RunCounts counts={r.counts} />
        {r.state === 'running' && <progress className="run-progress" aria-label={t('imports.progress')} />}
      </section>
      {summary.showRows && (
        <section className="panel" aria-labelledby="errors-heading">
          <h2 id="errors-heading">{t('imports.badRows')}</h2>
          <RunErrors errors={summary.rowErrors} />
        </section>
      )}
    </>
  );
}
