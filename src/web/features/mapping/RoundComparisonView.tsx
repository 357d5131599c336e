import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatNumber, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import type { QuestionSummary, Round } from './api-types';
import { loadComparison, loadRounds } from './api';
import { textIn } from './QuestionSummaryView';

const NONE = '';

/** What a summary says in a cell: n, and the mean of a scale or the most common answer. */
function SummaryCell({ summary }: { summary: QuestionSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const top = summary.counts?.length ? [...summary.counts].sort((a, b) => b.n - a.n)[0] : undefined;
  return (
    <>
      {t('mapping.analysis.n', { n: summary.n })}
      {summary.mean !== undefined && summary.mean !== null && (
        <>
          ;{' '}
          {t('mapping.analysis.meanShort', {
            mean: formatNumber(Math.round(summary.mean * 100) / 100, lang),
          })}
        </>
      )}
      {top && <>; {t('mapping.analysis.mostCommon', { answer: textIn(top.label, lang), n: top.n })}</>}
    </>
  );
}

/** The same questions of this round and another side by side. */
export function RoundComparisonView({ round }: { round: Round }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [other, setOther] = useState(NONE);
  const rounds = useApi(`rounds-for-compare`, (signal) => loadRounds(signal));
  const comparison = useApi(other ? `compare:${round.id}:${other}` : null, (signal) =>
    loadComparison(round.id, other, signal),
  );
  const others: Round[] = (rounds.data ?? []).filter((r) => r.id !== round.id);
  const otherName = others.find((r) => r.id === other);
  return (
    <section className="panel" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('mapping.analysis.compare')}</h2>
      <Dropdown
        id="compare-round"
        labelText={t('mapping.analysis.compareWith')}
        value={other}
        onChange={(v: string) => setOther(v)}
      >
        {[
          <DropdownItem key="none" value={NONE}>
            {t('mapping.analysis.noCompare')}
          </DropdownItem>,
          ...others.map((r) => (
            <DropdownItem key={r.id} value={r.id}>
              {localized(r, 'name', lang).text}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      {comparison.state === 'loading' && other && <Loading />}
      {comparison.state === 'error' && <ErrorNotice error={comparison.error} />}
      {comparison.state === 'ready' && otherName && (
        <>
          <p>
            {t('mapping.analysis.compareRespondents', {
              first: comparison.data.respondents.first,
              second: comparison.data.respondents.second,
            })}
          </p>
          <div className="table-wrap">
            <table className="data">
              <caption>
                {t('mapping.analysis.compareCaption', { other: localized(otherName, 'name', lang).text })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('mapping.review.question')}</th>
                  <th scope="col">{localized(round, 'name', lang).text}</th>
                  <th scope="col">{localized(otherName, 'name', lang).text}</th>
                </tr>
              </thead>
              <tbody>
                {comparison.data.shared.map((q) => (
                  <tr key={q.key}>
                    <th scope="row">{textIn(q.label, lang)}</th>
                    <td>
                      <SummaryCell summary={q.first} />
                    </td>
                    <td>
                      <SummaryCell summary={q.second} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {comparison.data.onlyFirst.length + comparison.data.onlySecond.length > 0 && (
            <p className="muted">
              {t('mapping.analysis.notShared', {
                count: comparison.data.onlyFirst.length + comparison.data.onlySecond.length,
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
