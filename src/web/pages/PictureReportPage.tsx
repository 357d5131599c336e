import { useTranslation } from 'react-i18next';
import { label } from '../i18n/dynamic';
import { Link, useParams } from 'react-router-dom';
import { InlineAlert } from 'suomifi-ui-components';
import { AddProposal, AddSection } from '../features/picture-reports/AddForms';
import { History } from '../features/picture-reports/History';
import { ProposalCard } from '../features/picture-reports/ProposalCard';
import { ReportTools } from '../features/picture-reports/ReportTools';
import { SectionCard } from '../features/picture-reports/SectionCard';
import { useReportDocument, type ReportDocument } from '../features/picture-reports/useReportDocument';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import '../features/picture-reports/report.css';

function Proposals({ doc }: { doc: ReportDocument }) {
  const { t } = useTranslation();
  const report = doc.report!;
  return (
    <section aria-labelledby="report-proposals">
      <h2 id="report-proposals">{t('report.proposals')}</h2>
      <p>{t('report.proposalsIntro')}</p>
      {report.content.proposals.length === 0 && <p className="muted">{t('report.noProposals')}</p>}
      {report.content.proposals.map((p) => (
        <ProposalCard key={p.key} proposal={p} doc={doc} editable={report.canEdit} />
      ))}
      {report.canEdit && <AddProposal doc={doc} />}
    </section>
  );
}

/** A report document of a situational picture: its sections, proposals and history, edited by its editors. */
export function PictureReportPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const doc = useReportDocument(id);
  if (doc.loaded.state === 'error' && !doc.report) return <ErrorNotice error={doc.loaded.error} />;
  if (!doc.report) return <Loading />;
  const report = doc.report;
  const sections = report.content.sections;
  return (
    <>
      <p>
        <Link to={`/${lang}/pictures/${report.scopeKind}/${report.scopeId}`}>
          {t('report.backToPicture')}
        </Link>
        {' · '}
        <Link to={`/${lang}/picture-reports`}>{t('report.allReports')}</Link>
      </p>
      <PageTitle sub={label(t, 'reportLanguage', report.language)}>
        {t('report.pageTitle', { name: report.scopeName })}
      </PageTitle>
      <div role="status" className="report-status">
        {doc.status}
      </div>
      {doc.failed && <InlineAlert status="error">{doc.failed}</InlineAlert>}
      <ReportTools doc={doc} />
      {sections.map((s, i) => (
        <SectionCard
          key={s.key}
          section={s}
          index={i}
          count={sections.length}
          doc={doc}
          editable={report.canEdit}
        />
      ))}
      {report.canEdit && <AddSection doc={doc} />}
      <Proposals doc={doc} />
      <History report={report} />
    </>
  );
}
