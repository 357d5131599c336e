import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { DEFAULT_TARGET_YEAR } from '../../../domain/workshops';
import { useLang } from '../../i18n/lang';
import { useFields } from '../../shared/forms/useFields';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { fromDateText } from '../../shared/helsinkiTime';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { TextField } from '../../ui/TextField';
import { createOutcome, type Board } from './api';
import { candidates } from './board';
import { PickMany, PickOne } from './RecordSearch';

const number = (text: string) =>
  text.trim() === '' ? undefined : Number(text.replace(',', '.').replace(/\s/g, ''));

const EMPTY = {
  goalTitle: '',
  indicator: '',
  unit: '',
  baselineValue: '',
  baselineYear: '',
  targetYear: String(DEFAULT_TARGET_YEAR),
  targetValue: '',
  actionTitle: '',
  startOn: '',
  endOn: '',
};

/**
 * The outcome step: the winner of the vote becomes a goal of the strategy (indicator, baseline, target year
 * and target) and a development action toward it (owner, schedule, projects), made in one step.
 */
export function Outcome({ board, onMade }: { board: Board; onMade: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const options = candidates(board);
  const [chosen, setChosen] = useState<string | null>(null);
  const { values, errors, setErrors, change } = useFields(EMPTY);
  const [owner, setOwner] = useState<{ id: string; name: string } | null>(null);
  const [projects, setProjects] = useState<{ id: string; name: string }[]>([]);
  const [made, setMade] = useState(false);
  const { failed, busy, attempt } = useAttempt();
  const winner = options.find((o) => o.key === (chosen ?? options[0]?.key));
  if (!winner) return null;

  const check = () => {
    const found: Partial<Record<keyof typeof EMPTY, string>> = {};
    const required = ['indicator', 'targetValue', 'targetYear'] as const;
    for (const field of required) if (!values[field].trim()) found[field] = t('workshop.required');
    for (const field of ['baselineValue', 'baselineYear', 'targetValue', 'targetYear'] as const)
      if (values[field].trim() && Number.isNaN(number(values[field]))) found[field] = t('workshop.notNumber');
    for (const field of ['startOn', 'endOn'] as const)
      if (values[field].trim() && !fromDateText(values[field])) found[field] = t('workshop.notDate');
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check()) return;
    void attempt(async () => {
      await createOutcome(board.workshop.id, {
        goals: [
          {
            key: 'goal',
            source: winner.source,
            titleFi: values.goalTitle.trim() || winner.title,
            indicator: values.indicator.trim(),
            unit: values.unit.trim() || undefined,
            baselineValue: number(values.baselineValue),
            baselineYear: number(values.baselineYear),
            targetValue: number(values.targetValue)!,
            targetYear: number(values.targetYear)!,
          },
        ],
        actions: [
          {
            source: winner.source,
            goalKey: 'goal',
            titleFi: values.actionTitle.trim() || winner.title,
            ownerOrganisationId: owner?.id,
            startOn: fromDateText(values.startOn) ?? undefined,
            endOn: fromDateText(values.endOn) ?? undefined,
            projectIds: projects.map((p) => p.id),
          },
        ],
      });
      setMade(true);
      onMade();
    });
  };

  const field = (
    name: keyof typeof EMPTY,
    label: string,
    more: { optional?: boolean; hint?: string } = {},
  ) => (
    <TextField
      id={`outcome-${name}`}
      labelText={label}
      value={values[name]}
      onChange={change(name)}
      error={errors[name]}
      {...more}
    />
  );

  return (
    <section className="panel" aria-labelledby="workshop-outcome-heading">
      <h2 id="workshop-outcome-heading">{t('workshop.outcome')}</h2>
      <p>{t('workshop.outcomeIntro')}</p>
      <form onSubmit={submit} aria-labelledby="workshop-outcome-heading" noValidate>
        <ChoiceGroup
          name="outcome-winner"
          labelText={t('workshop.winner')}
          value={winner.key}
          onChange={setChosen}
          options={options.map((o) => o.key)}
          text={(key) => {
            const o = options.find((c) => c.key === key)!;
            return `${o.title} (${t('workshop.dots', { count: o.dots })})`;
          }}
        />
        <h3>{t('workshop.goal')}</h3>
        {field('goalTitle', t('workshop.goalTitle'), { hint: t('workshop.titleFromWinner') })}
        {field('indicator', t('workshop.indicator'))}
        {field('unit', t('workshop.unit'), { optional: true })}
        {field('baselineValue', t('workshop.baselineValue'), { optional: true })}
        {field('baselineYear', t('workshop.baselineYear'), { optional: true })}
        {field('targetYear', t('workshop.targetYear'))}
        {field('targetValue', t('workshop.targetValue'))}
        <h3>{t('workshop.action')}</h3>
        {field('actionTitle', t('workshop.actionTitle'), { hint: t('workshop.titleFromWinner') })}
        <PickOne
          id="outcome-owner"
          path="organisations"
          labelText={t('workshop.owner')}
          searchLabel={t('workshop.searchOrganisation')}
          value={owner}
          onChange={setOwner}
        />
        {field('startOn', t('workshop.startOn'), { optional: true, hint: t('workshop.dateHint') })}
        {field('endOn', t('workshop.endOn'), { optional: true, hint: t('workshop.dateHint') })}
        <PickMany
          id="outcome-projects"
          path="projects"
          labelText={t('workshop.projects')}
          searchLabel={t('workshop.searchProject')}
          value={projects}
          onChange={setProjects}
        />
        <SaveFailed shown={failed} />
        <Button type="submit" disabled={busy}>
          {t('workshop.createOutcome')}
        </Button>
      </form>
      {made && (
        <InlineAlert status="neutral" role="status">
          {t('workshop.outcomeMade')}{' '}
          <Link to={`/${lang}/strategies/${board.workshop.strategyId}`}>{t('workshop.toStrategy')}</Link>
        </InlineAlert>
      )}
    </section>
  );
}
