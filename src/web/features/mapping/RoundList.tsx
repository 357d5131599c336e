import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import { LocalText } from '../../ui/LocalText';
import type { Questionnaire, Round } from './api-types';
import { loadCompletion } from './api';
import { ScopeText } from './ScopeText';
import { periodText } from './words';

/** "3 / 5": submitted answers of all respondents, read per round. */
function Answered({ id }: { id: string }) {
  const { t } = useTranslation();
  const completion = useApi(`completion:${id}`, (signal) => loadCompletion(id, signal));
  if (!completion.data) return <span className="muted">…</span>;
  return (
    <>{t('mapping.answeredOf', { n: completion.data.byState.submitted, total: completion.data.total })}</>
  );
}

export function RoundList({ rounds }: { rounds: Round[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DataTable
      caption={t('mapping.roundsCaption')}
      rows={rounds}
      rowKey={(r) => r.id}
      empty={t('mapping.noRounds')}
      columns={[
        {
          key: 'name',
          label: t('mapping.name'),
          render: (r) => (
            <Link to={`/${lang}/mapping-rounds/${r.id}`}>
              <LocalText text={localized(r, 'name', lang)} />
            </Link>
          ),
        },
        { key: 'scope', label: t('mapping.scope'), render: (r) => <ScopeText round={r} /> },
        { key: 'period', label: t('mapping.period'), render: (r) => periodText(t, r, lang) },
        {
          key: 'answered',
          label: t('mapping.answered'),
          render: (r) =>
            r.closedAt ? (
              <>
                {t('mapping.closed')}; <Answered id={r.id} />
              </>
            ) : (
              <Answered id={r.id} />
            ),
        },
      ]}
    />
  );
}

export function QuestionnaireList({ questionnaires }: { questionnaires: Questionnaire[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <DataTable
      caption={t('mapping.questionnairesCaption')}
      rows={questionnaires}
      rowKey={(q) => q.id}
      empty={t('mapping.noQuestionnaires')}
      columns={[
        {
          key: 'name',
          label: t('mapping.name'),
          render: (q) => (
            <Link to={`/${lang}/questionnaires/${q.id}`}>
              <LocalText text={localized(q, 'name', lang)} />
            </Link>
          ),
        },
        { key: 'version', label: t('mapping.version'), render: (q) => q.latestVersion },
      ]}
    />
  );
}
