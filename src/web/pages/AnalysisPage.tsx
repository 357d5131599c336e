import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import type { Analysis } from '../features/mapping/api-types';
import { answersUrl, loadAnalysis, loadRound } from '../features/mapping/api';
import { OpenAnswers } from '../features/mapping/OpenAnswers';
import { QuestionSummaryView } from '../features/mapping/QuestionSummaryView';
import { RoundComparisonView } from '../features/mapping/RoundComparisonView';
import '../features/mapping/mapping.css';
import { label } from '../i18n/dynamic';
import { formatNumber, localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { canEdit, useAuth } from '../shared/auth';
import { DataTable } from '../ui/DataTable';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { ExampleBadge } from '../ui/ExampleBadge';
import { PageTitle } from '../ui/PageTitle';

/** Answers by town and by kind of organisation. */
function AnsweredBy({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section className="panel" aria-labelledby="answered-by">
      <h2 id="answered-by">{t('mapping.analysis.answeredBy')}</h2>
      <p>{t('mapping.analysis.respondents', { count: analysis.respondents })}</p>
      <DataTable
        caption={t('mapping.completion.byTown')}
        rows={analysis.byMunicipality}
        rowKey={(r) => r.municipalityCode ?? 'none'}
        columns={[
          {
            key: 'town',
            label: t('mapping.town'),
            render: (r) => r.municipalityName ?? t('mapping.unknown'),
          },
          { key: 'n', label: t('mapping.analysis.count'), render: (r) => formatNumber(r.n, lang) },
        ]}
      />
      <DataTable
        caption={t('mapping.completion.byKind')}
        rows={analysis.byKind}
        rowKey={(r) => r.kind ?? 'none'}
        columns={[
          {
            key: 'kind',
            label: t('mapping.kind'),
            render: (r) => (r.kind ? label(t, 'organisationKind', r.kind) : t('mapping.unknown')),
          },
          { key: 'n', label: t('mapping.analysis.count'), render: (r) => formatNumber(r.n, lang) },
        ]}
      />
    </section>
  );
}

/** The round's answers summarised per question, open answers coded into themes, two rounds compared. */
export function AnalysisPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const { me } = useAuth();
  const round = useApi(`round:${id}`, (signal) => loadRound(id, signal));
  const analysis = useApi(`analysis:${id}`, (signal) => loadAnalysis(id, signal));
  const [coding, setCoding] = useState<string | null>(null);
  if (round.state === 'loading') return <Loading />;
  if (round.state === 'error') return <ErrorNotice error={round.error} />;
  const name = localized(round.data, 'name', lang);
  const editor = canEdit(me, round.data);
  return (
    <>
      <p>
        <Link to={`/${lang}/mapping-rounds/${id}`}>{t('mapping.backToRound')}</Link>
      </p>
      <PageTitle sub={name.text}>{t('mapping.analysis.title')}</PageTitle>
      {round.data.example && <ExampleBadge note={t('mapping.exampleRound')} />}
      <p className="row-actions">
        <a href={answersUrl(id, 'csv', lang)} download>
          {t('mapping.analysis.downloadCsv')}
        </a>
        <a href={answersUrl(id, 'xlsx', lang)} download>
          {t('mapping.analysis.downloadXlsx')}
        </a>
      </p>
      {analysis.state === 'loading' && <Loading />}
      {analysis.state === 'error' && <ErrorNotice error={analysis.error} />}
      {analysis.state === 'ready' && (
        <>
          <AnsweredBy analysis={analysis.data} />
          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t('mapping.analysis.questions')}</h2>
            {analysis.data.questions.map((q) => (
              <QuestionSummaryView key={q.key} summary={q}>
                {editor && q.texts !== undefined && q.texts > 0 && (
                  <>
                    <Button
                      variant="secondary"
                      aria-expanded={coding === q.key}
                      onClick={() => setCoding(coding === q.key ? null : q.key)}
                    >
                      {coding === q.key ? t('mapping.analysis.hideCoding') : t('mapping.analysis.showCoding')}
                    </Button>
                    {coding === q.key && <OpenAnswers roundId={id} questionKey={q.key} />}
                  </>
                )}
              </QuestionSummaryView>
            ))}
          </section>
        </>
      )}
      <RoundComparisonView round={round.data} />
    </>
  );
}
