import { useState } from 'react';
import { label } from '../../i18n/dynamic';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Checkbox, InlineAlert, Textarea } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';
import { useAttempt } from '../../shared/forms/useAttempt';
import { reportPeriod } from '../../shared/projectReports';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { deleteReport, loadReport, reportFileUrl, saveReport, type ProjectReport } from './api';
import { blockView } from './blocks';
import './project-reports.css';

type Draft = { texts: Record<string, string>; omitted: Set<string> };
const draftOf = (r: ProjectReport): Draft => ({
  texts: { ...(r.texts as Record<string, string>) },
  omitted: new Set(r.omitted),
});

/** One block of data with a checkbox per row that leaves the row out of the report. */
function Block({
  block,
  report,
  draft,
  onToggle,
}: {
  block: string;
  report: ProjectReport;
  draft: Draft;
  onToggle: (key: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const view = blockView(block, report.data, t, lang);
  const editable = report.canEdit && view.omittable;
  const heading = label(t, 'reportBlock', block);
  return (
    <div className="report-block">
      <h3>{heading}</h3>
      {block === 'contacts' && (
        <p>{t('projectReport.contactsLogged', { count: report.data.contacts.logged })}</p>
      )}
      {view.rows.length === 0 ? (
        <p>{t('projectReport.emptyBlock')}</p>
      ) : (
        <div className="table-wrap">
          <table className="data">
            <caption className="visually-hidden">{heading}</caption>
            <thead>
              <tr>
                {editable && <th scope="col">{t('projectReport.includeColumn')}</th>}
                {view.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.rows.map((r) => {
                const key = `${block}:${r.id}`;
                const left = draft.omitted.has(key);
                return (
                  <tr key={r.id} className={left ? 'report-left-out' : undefined}>
                    {editable && (
                      <td>
                        <input
                          type="checkbox"
                          checked={!left}
                          aria-label={t('projectReport.includeRow', { name: r.name })}
                          onChange={() => onToggle(key)}
                        />
                      </td>
                    )}
                    {r.cells.map((cell, i) => (
                      <td key={i}>{cell}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Section({
  section,
  report,
  draft,
  change,
}: {
  section: ProjectReport['sections'][number];
  report: ProjectReport;
  draft: Draft;
  change: (f: (d: Draft) => Draft) => void;
}) {
  const { t } = useTranslation();
  const name = label(t, 'reportSection', section.key);
  const included = !draft.omitted.has(section.key);
  const toggle = (key: string) =>
    change((d) => {
      const omitted = new Set(d.omitted);
      if (omitted.has(key)) omitted.delete(key);
      else omitted.add(key);
      return { ...d, omitted };
    });
  return (
    <section className="report-section" aria-labelledby={`section-${section.key}`}>
      <h2 id={`section-${section.key}`}>{name}</h2>
      {report.canEdit && (
        <Checkbox checked={included} onClick={() => toggle(section.key)}>
          {t('projectReport.includeSection')}
        </Checkbox>
      )}
      {included ? (
        <>
          {report.canEdit ? (
            <Textarea
              id={`text-${section.key}`}
              labelText={t('projectReport.sectionText', { section: name })}
              hintText={t('projectReport.sectionHint')}
              value={draft.texts[section.key] ?? ''}
              onChange={(e) => {
                const text = e.target.value;
                change((d) => ({ ...d, texts: { ...d.texts, [section.key]: text } }));
              }}
              resize="vertical"
              fullWidth
              rows={4}
            />
          ) : (
            (draft.texts[section.key] ?? '')
              .split(/\n\s*\n/)
              .filter((p) => p.trim())
              .map((p, i) => <p key={i}>{p}</p>)
          )}
          {section.blocks.map((b) => (
            <Block key={b} block={b} report={report} draft={draft} onToggle={toggle} />
          ))}
        </>
      ) : (
        <p>{t('projectReport.sectionLeftOut')}</p>
      )}
    </section>
  );
}

function Editor({ report, onSaved }: { report: ProjectReport; onSaved: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(() => draftOf(report));
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState(false);
  const { error, busy, attempt } = useAttempt();
  const change = (f: (d: Draft) => Draft) => {
    setDraft(f);
    setDirty(true);
    setSaved(false);
  };
  const save = () =>
    attempt(async () => {
      await saveReport(report.id, { texts: draft.texts, omitted: [...draft.omitted] });
      setDirty(false);
      setSaved(true);
      onSaved();
    });
  const title = label(t, 'reportTemplate', report.template);
  return (
    <>
      <PageTitle sub={report.data.project.name}>{title}</PageTitle>
      <p>
        <strong>{report.data.project.name}</strong>
        <br />
        {t('projectReport.period', {
          start: formatDate(report.periodStart, lang),
          end: formatDate(report.periodEnd, lang),
        })}
        {' · '}
        {label(t, 'reportLanguage', report.lang)}
      </p>
      <p>
        <Link to={`/${lang}/projects/${report.projectId}/reports`}>{t('projectReport.backToReports')}</Link>
      </p>
      {report.canEdit && <p>{t('projectReport.editIntro')}</p>}
      <section className="panel" aria-labelledby="report-downloads">
        <h2 id="report-downloads">{t('projectReport.downloads')}</h2>
        {dirty && <InlineAlert status="warning">{t('projectReport.unsaved')}</InlineAlert>}
        <p className="report-downloads">
          <a className="button-link" href={reportFileUrl(report.id, 'docx')} download>
            {t('projectReport.downloadDocx')}
          </a>
          <a className="button-link" href={reportFileUrl(report.id, 'xlsx')} download>
            {t('projectReport.downloadXlsx')}
          </a>
        </p>
      </section>
      {report.sections.map((s) => (
        <Section key={s.key} section={s} report={report} draft={draft} change={change} />
      ))}
      {report.canEdit && (
        <p className="toolbar">
          <Button onClick={() => void save()} disabled={busy}>
            {t('projectReport.save')}
          </Button>
          <DeleteRecord
            remove={() => deleteReport(report.id)}
            texts={{
              button: t('projectReport.delete'),
              title: t('projectReport.deleteTitle'),
              confirm: t('projectReport.deleteConfirm', {
                report: `${title}, ${reportPeriod(report, lang)}`,
              }),
              conflict: t('projectReport.deleteFailed'),
            }}
            onDeleted={() => void navigate(`/${lang}/projects/${report.projectId}/reports`)}
          />
        </p>
      )}
      <div aria-live="polite">
        {saved && <InlineAlert status="neutral">{t('projectReport.saved')}</InlineAlert>}
      </div>
      {error !== null && <ErrorNotice error={error} />}
    </>
  );
}

/** A report draft: its sections with the data and texts, edited, saved and downloaded. */
export function ReportEditor({ id }: { id: string }) {
  const report = useApi(`project-report/${id}`, (signal) => loadReport(id, signal));
  if (report.state === 'loading') return <Loading />;
  if (report.state === 'error') return <ErrorNotice error={report.error} />;
  return <Editor report={report.data} onSaved={report.reload} />;
}
