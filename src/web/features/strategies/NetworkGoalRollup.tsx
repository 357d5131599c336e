import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { ROLLUP_RULES } from '../../../domain/enums';
import { api, ApiError, records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { formatDate, formatNumber, localized } from '../../i18n/format';
import { useLang, type Lang } from '../../i18n/lang';
import { goalValue } from '../../shared/goalValue';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { ExampleTag } from '../../ui/ExampleBadge';
import { Loading } from '../../ui/Loading';
import { LocalText } from '../../ui/LocalText';
import { goalStateText } from './labels';
import { loadRollup, type Goal, type Rollup } from './model';

type Contribution = Rollup['contributions'][number];
type RollupRule = Rollup['rule'];
type Props = { goal: Goal; workspaceId: string; editable: boolean };

const placeName = (c: Pick<Contribution, 'strategy'>, lang: Lang) =>
  localized(c.strategy.place, 'name', lang);

/**
 * A network goal gathered from the town and ecosystem goals linked to it: the rule, the figure, each
 * contribution's value and state, the towns behind named in words; editors link and unlink goals.
 */
export function NetworkGoalRollup({ goal, workspaceId, editable }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rollup = useApi(goal.id, (signal) => loadRollup(goal.id, signal));
  if (rollup.state === 'loading') return <Loading />;
  if (rollup.state === 'error') return <ErrorNotice error={rollup.error} />;
  const r = rollup.data;
  const behind = r.contributions.filter((c) => c.behind);
  const headingId = `rollup-${goal.id}`;
  return (
    <section className="panel rollup" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <LocalText text={localized(goal, 'title', lang)} />
      </h3>
      {editable ? (
        <RuleSelect goalId={goal.id} rule={r.rule} onSaved={rollup.reload} />
      ) : (
        <p>
          {t('strategy.rollupRule')}: <strong>{label(t, 'rollupRule', r.rule)}</strong>
        </p>
      )}
      <p className="rollup-explained">{ruleExplained(t, r.rule)}</p>
      <RollupFigure rollup={r} goal={goal} />
      {behind.length > 0 && (
        <p className="rollup-behind">
          {t('strategy.rollupBehind', { towns: behind.map((c) => placeName(c, lang).text).join(', ') })}
        </p>
      )}
      <ContributionTable rollup={r} editable={editable} onChange={rollup.reload} />
      {editable && (
        <LinkGoalPicker
          rollup={r}
          networkGoalId={goal.id}
          workspaceId={workspaceId}
          onLinked={rollup.reload}
        />
      )}
    </section>
  );
}

/** The rule in one sentence for a reader who has not met roll-ups before. */
function ruleExplained(t: TFunction, rule: RollupRule): string {
  switch (rule) {
    case 'sum':
      return t('strategy.rollupExplainSum');
    case 'mean':
      return t('strategy.rollupExplainMean');
    case 'on_track_count':
      return t('strategy.rollupExplainOnTrack');
    case 'list':
      return t('strategy.rollupExplainList');
  }
}

/** An editor changes the rule here: saved at once, and the figure is gathered again by the new rule. */
function RuleSelect({ goalId, rule, onSaved }: { goalId: string; rule: RollupRule; onSaved: () => void }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const id = `rollup-rule-${goalId}`;
  const save = async (rollupRule: string) => {
    setFailed(false);
    try {
      await records.update('strategy-goals', goalId, { rollupRule });
      onSaved();
    } catch {
      setFailed(true);
    }
  };
  return (
    <p className="rollup-rule">
      <label htmlFor={id}>{t('strategy.rollupRule')}</label>{' '}
      <select id={id} value={rule} onChange={(e) => void save(e.target.value)}>
        {ROLLUP_RULES.map((option) => (
          <option key={option} value={option}>
            {label(t, 'rollupRule', option)}
          </option>
        ))}
      </select>
      {failed && (
        <span role="alert" className="goal-state-off-track">
          {' '}
          {t('strategy.rollupRuleFailed')}
        </span>
      )}
    </p>
  );
}

function RollupFigure({ rollup: r, goal }: { rollup: Rollup; goal: Goal }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (r.contributions.length === 0) return <p className="muted">{t('strategy.rollupNoLinks')}</p>;
  const figure = (value: number | null) =>
    value === null
      ? t('strategy.rollupNoFigure')
      : r.rule === 'on_track_count'
        ? t('strategy.rollupOnTrackCount', { n: value, total: r.contributions.length })
        : goalValue(goal, Math.round(value * 10) / 10, lang);
  return (
    <>
      {r.rule !== 'list' && (
        <p className="rollup-figure">
          {t('strategy.rollupFigure')}: <strong>{figure(r.value)}</strong>
          {r.missing > 0 && <> ({t('strategy.rollupMissing', { n: r.missing })})</>}
        </p>
      )}
      {r.rule !== 'list' && r.years.length > 0 && (
        <p>
          {t('strategy.rollupByYear')}:{' '}
          {r.years
            .map(
              (y) =>
                `${y.year}: ${y.value === null ? '–' : formatNumber(Math.round(y.value * 10) / 10, lang)}`,
            )
            .join(' · ')}
        </p>
      )}
    </>
  );
}

function ContributionTable({
  rollup: r,
  editable,
  onChange,
}: {
  rollup: Rollup;
  editable: boolean;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  if (r.contributions.length === 0) return null;
  const unlink = async (c: Contribution) => {
    await api.send('DELETE', '/goal-contributions/{id}', { path: { id: c.contributionId } });
    onChange();
  };
  const columns: Column<Contribution>[] = [
    {
      key: 'place',
      label: t('strategy.rollupPlace'),
      render: (c) => (
        <>
          <LocalText text={placeName(c, lang)} />
          {c.strategy.example && (
            <>
              {' '}
              <ExampleTag />
            </>
          )}
        </>
      ),
    },
    {
      key: 'goal',
      label: t('strategy.rollupGoal'),
      render: (c) => (
        <Link to={`/${lang}/strategies/${c.strategy.id}#goal-${c.goal.id}`}>
          <LocalText text={localized(c.goal, 'title', lang)} />
        </Link>
      ),
    },
    {
      key: 'latest',
      label: t('strategy.latestActual'),
      render: (c) =>
        c.latest
          ? `${goalValue(c.goal, c.latest.value, lang)} (${formatDate(c.latest.measuredOn, lang)}${c.latest.source ? `, ${c.latest.source}` : ''})`
          : t('strategy.noActual'),
    },
    {
      key: 'target',
      label: t('strategy.target'),
      render: (c) =>
        c.goal.targetValue === null
          ? ''
          : `${goalValue(c.goal, c.goal.targetValue, lang)}${c.goal.targetYear ? ` (${c.goal.targetYear})` : ''}`,
    },
    {
      key: 'state',
      label: t('strategy.status'),
      render: (c) => (
        <span className={`goal-state-${c.state}`}>
          <strong>{goalStateText(t, c.state)}</strong>
        </span>
      ),
    },
    ...(editable
      ? [
          {
            key: 'unlink',
            label: t('strategy.rollupUnlinkHeading'),
            render: (c: Contribution) => (
              <Button variant="secondary" onClick={() => void unlink(c)}>
                {t('strategy.rollupUnlink', { place: placeName(c, lang).text })}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <DataTable
      caption={t('strategy.rollupCaption')}
      columns={columns}
      rows={r.contributions}
      rowKey={(c) => c.contributionId}
    />
  );
}

type PickerProps = { rollup: Rollup; networkGoalId: string; workspaceId: string; onLinked: () => void };

function LinkGoalPicker({ rollup, networkGoalId, workspaceId, onLinked }: PickerProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const [chosen, setChosen] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const id = `link-goal-${networkGoalId}`;
  if (rollup.candidates.length === 0) return <p className="muted">{t('strategy.rollupNoCandidates')}</p>;
  const link = async () => {
    setFailed(null);
    try {
      await api.send('POST', '/goal-contributions', {
        query: { workspace: workspaceId },
        body: { networkGoalId, contributingGoalId: chosen },
      });
      setChosen('');
      onLinked();
    } catch (error) {
      const outside = error instanceof ApiError && error.code === 'goal_outside_network';
      setFailed(outside ? t('strategy.rollupOutside') : t('strategy.rollupLinkFailed'));
    }
  };
  return (
    <div className="rollup-picker">
      <label htmlFor={id}>{t('strategy.rollupLinkLabel')}</label>{' '}
      <select id={id} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        <option value="">{t('strategy.rollupChoose')}</option>
        {rollup.candidates.map((c) => (
          <option key={c.goal.id} value={c.goal.id}>
            {placeName(c, lang).text} – {localized(c.goal, 'title', lang).text}
          </option>
        ))}
      </select>{' '}
      <Button disabled={!chosen} onClick={() => void link()}>
        {t('strategy.rollupLink')}
      </Button>
      {failed && (
        <p role="alert" className="goal-state-off-track">
          {failed}
        </p>
      )}
    </div>
  );
}
