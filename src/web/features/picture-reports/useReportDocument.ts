import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { loadReport, saveChange, type Change, type Report } from './api';

/**
 * The report as the page shows it: loaded once, then replaced by each save's answer. A save made over
 * someone else's newer one is refused by the server; the page then says so and loads the latest.
 */
export function useReportDocument(id: string) {
  const { t } = useTranslation();
  const loaded = useApi(id, (signal) => loadReport(id, signal));
  const [saved, setSaved] = useState<Report | null>(null);
  const [status, setStatus] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const report =
    saved && saved.id === id && (!loaded.data || saved.version >= loaded.data.version) ? saved : loaded.data;

  /** Runs one write that answers with the report, and tells how it went. */
  const write = async (work: (r: Report) => Promise<Report>, done = t('report.saved')) => {
    if (!report) return false;
    setFailed(null);
    setStatus('');
    try {
      setSaved(await work(report));
      setStatus(done);
      return true;
    } catch (error) {
      const conflict = error instanceof ApiError && error.code === 'version_conflict';
      setFailed(conflict ? t('report.conflict') : t('report.saveFailed'));
      if (conflict) {
        setSaved(null);
        loaded.reload();
      }
      return false;
    }
  };
  const change = (c: Change, done?: string) => write((r) => saveChange(r, c), done);
  return { loaded, report, status, failed, write, change };
}

export type ReportDocument = ReturnType<typeof useReportDocument>;
