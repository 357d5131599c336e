import { useTranslation } from 'react-i18next';
import { api, type Schema } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useAuth } from '../../shared/auth';
import type { Rec } from './naming';

type Answer = Schema<'EccpProfileAnswer'>;
type Criterion = Answer['check']['criteria'][number];
type Gap = Answer['profile']['gaps'][number];

const loadProfile = (id: string, signal: AbortSignal) =>
  api.get('/ecosystems/{id}/eccp-profile', { path: { id }, signal });

/** A criterion's name, whether it is met, its figures (4 / 15) and what to do when it is not met. */
function CriterionItem({ c }: { c: Criterion }) {
  const { t } = useTranslation();
  const { count, required } = c.figures;
  return (
    <li>
      <strong>{label(t, 'eccpCriterion', c.criterion)}</strong>: {label(t, 'eccpStatus', c.status)}
      {count !== undefined && required !== undefined && ` (${t('eccp.figures', { count, required })})`}
      {c.status !== 'met' && <> — {label(t, 'eccpHint', c.criterion)}</>}
    </li>
  );
}

function gapText(gap: Gap, t: ReturnType<typeof useTranslation>['t']) {
  switch (gap.reason) {
    case 'unmapped':
      return label(t, 'eccpGap', gap.reason, { themes: gap.themes.join(', ') });
    case 'size_unknown':
      return label(t, 'eccpGap', gap.reason, { count: gap.count });
    default:
      return label(t, 'eccpGap', gap.reason, { field: label(t, 'eccpField', gap.field) });
  }
}

function Check({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  const { check, profile } = answer;
  const notMet = check.criteria.filter((c) => c.status === 'not_met');
  const byHand = check.criteria.filter((c) => c.status === 'check_by_hand');
  return (
    <>
      <p role="status">
        {check.ready ? t('eccp.ready') : t('eccp.notReady', { count: check.missing.length })}
      </p>
      {notMet.length > 0 && (
        <>
          <h3>{t('eccp.missingHeading')}</h3>
          <ul>
            {notMet.map((c) => (
              <CriterionItem key={c.criterion} c={c} />
            ))}
          </ul>
        </>
      )}
      <h3>{t('eccp.byHandHeading')}</h3>
      <ul>
        {byHand.map((c) => (
          <CriterionItem key={c.criterion} c={c} />
        ))}
        {profile.gaps.map((g) => (
          <li key={`${g.field}-${g.reason}`}>{gapText(g, t)}</li>
        ))}
      </ul>
      <h3>{t('eccp.metHeading')}</h3>
      <ul>
        {check.criteria
          .filter((c) => c.status === 'met')
          .map((c) => (
            <CriterionItem key={c.criterion} c={c} />
          ))}
      </ul>
    </>
  );
}

/** An ecosystem's page checks it against ECCP's registration criteria and offers its profile to download. */
export function EccpProfile({ record }: { record: Rec }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const answer = useApi(me.user ? `eccp/${record.id}` : null, (signal) => loadProfile(record.id, signal));
  if (!me.user) return null;
  const path = { path: { id: record.id } };
  return (
    <section className="panel" aria-labelledby="eccp-profile">
      <h2 id="eccp-profile">{t('eccp.heading')}</h2>
      <p>{t('eccp.intro')}</p>
      {answer.state === 'ready' && <Check answer={answer.data} />}
      <p className="toolbar">
        <a
          className="button-link"
          href={api.url('/exports/ecosystems/{id}/eccp-profile.docx', path)}
          download
        >
          {t('eccp.downloadDocx')}
        </a>{' '}
        <a href={api.url('/ecosystems/{id}/eccp-profile', path)} download={`eccp-profile-${record.id}.json`}>
          {t('eccp.downloadJson')}
        </a>
      </p>
    </section>
  );
}
