import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import type { Completion, CompletionCounts, RespondentState } from './api-types';
import { stateText } from './words';

const STATES: RespondentState[] = ['submitted', 'draft', 'opened', 'not_opened'];

/** Who answered, who has a draft, who has not opened: in all, by town and by kind. */
export function CompletionView({ completion }: { completion: Completion }) {
  const { t } = useTranslation();
  const lang = useLang();
  const counts = <R extends CompletionCounts>(first: {
    key: string;
    label: string;
    render: (r: R) => string;
  }) => [
    first,
    { key: 'total', label: t('mapping.completion.total'), render: (r: R) => formatNumber(r.total, lang) },
    { key: 'submitted', label: stateText(t, 'submitted'), render: (r: R) => formatNumber(r.submitted, lang) },
    { key: 'draft', label: stateText(t, 'draft'), render: (r: R) => formatNumber(r.draft, lang) },
    {
      key: 'notOpened',
      label: stateText(t, 'not_opened'),
      render: (r: R) => formatNumber(r.notOpened, lang),
    },
  ];
  return (
    <section className="panel" aria-labelledby="completion-heading">
      <h2 id="completion-heading">{t('mapping.completion.title')}</h2>
      <ul className="key-figures">
        <li className="key-figure">
          <strong>{formatNumber(completion.total, lang)}</strong>
          {t('mapping.completion.total')}
        </li>
        {STATES.map((state) => (
          <li key={state} className="key-figure">
            <strong>{formatNumber(completion.byState[state] ?? 0, lang)}</strong>
            {stateText(t, state)}
          </li>
        ))}
      </ul>
      <DataTable
        caption={t('mapping.completion.byTown')}
        rows={completion.byMunicipality}
        rowKey={(r) => r.municipalityCode ?? 'none'}
        columns={counts<Completion['byMunicipality'][number]>({
          key: 'town',
          label: t('mapping.town'),
          render: (r) => r.municipalityName ?? t('mapping.unknown'),
        })}
      />
      <DataTable
        caption={t('mapping.completion.byKind')}
        rows={completion.byKind}
        rowKey={(r) => r.kind ?? 'none'}
        columns={counts<Completion['byKind'][number]>({
          key: 'kind',
          label: t('mapping.kind'),
          render: (r) => (r.kind ? label(t, 'organisationKind', r.kind) : t('mapping.unknown')),
        })}
      />
    </section>
  );
}
