import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang, type Lang } from '../../i18n/lang';
import type { LocalNames, QuestionSummary } from './api-types';
import { percent } from './analysis';
import { questionTypeText } from './words';

export const textIn = (text: LocalNames, lang: Lang) => text[lang] ?? text.fi;

/** A number with at most two decimals, in the language's way ("3,25"). */
const decimal = (value: number, lang: Lang) => formatNumber(Math.round(value * 100) / 100, lang);

/** A table of counts with a bar each; the bar only repeats the number and percent written beside it. */
function CountsTable({
  caption,
  rows,
  total,
}: {
  caption: string;
  rows: { key: string; label: string; n: number }[];
  total: number;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mapping.analysis.answer')}</th>
            <th scope="col">{t('mapping.analysis.count')}</th>
            <th scope="col">{t('mapping.analysis.share')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{formatNumber(r.n, lang)}</td>
              <td>
                <span
                  className="bar"
                  style={{ width: `${percent(r.n, total) * 1.5}px` }}
                  aria-hidden="true"
                />
                {formatNumber(percent(r.n, total), lang)} %
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One question's summary: how many answered, the counts or the scale's mean, median and distribution. */
export function QuestionSummaryView({
  summary,
  children,
}: {
  summary: QuestionSummary;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const title = textIn(summary.label, lang);
  return (
    <section className="panel" aria-labelledby={`summary-${summary.key}`}>
      <h3 id={`summary-${summary.key}`}>{title}</h3>
      <p className="muted">
        {questionTypeText(t, summary.type)}; {t('mapping.analysis.n', { n: summary.n })}
      </p>
      {summary.counts && (
        <CountsTable
          caption={t('mapping.analysis.countsOf', { question: title })}
          rows={summary.counts.map((c) => ({ key: c.option, label: textIn(c.label, lang), n: c.n }))}
          total={summary.n}
        />
      )}
      {summary.mean !== undefined && summary.mean !== null && (
        <p>
          {t('mapping.analysis.mean', { mean: decimal(summary.mean, lang), n: summary.n })}
          {summary.median !== undefined && summary.median !== null && (
            <> {t('mapping.analysis.median', { median: decimal(summary.median, lang) })}</>
          )}
        </p>
      )}
      {summary.distribution && (
        <CountsTable
          caption={t('mapping.analysis.distributionOf', { question: title })}
          rows={summary.distribution.map((d) => ({
            key: String(d.value),
            label: formatNumber(d.value, lang),
            n: d.n,
          }))}
          total={summary.n}
        />
      )}
      {summary.texts !== undefined && <p>{t('mapping.analysis.texts', { count: summary.texts })}</p>}
      {children}
    </section>
  );
}
