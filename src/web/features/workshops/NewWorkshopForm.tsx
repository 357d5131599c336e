import { useState, type FormEvent } from 'react';
import './workshops.css';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { VOTE_BUDGET } from '../../../domain/workshops';
import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { canEdit, useAuth } from '../../shared/auth';
import { useFields } from '../../shared/forms/useFields';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageTitle } from '../../ui/PageTitle';
import { TextField } from '../../ui/TextField';
import { budgetFits, createWorkshop } from './api';
import { PickOne } from './RecordSearch';

/** The strategies the editor may hold a workshop on. */
function useEditableStrategies() {
  const { me } = useAuth();
  return useApi(`strategies:${me.user?.id ?? ''}`, async () =>
    (await records.all('strategies', {})).filter((s) => canEdit(me, s)),
  );
}

/** A new workshop on a strategy (preselected from the strategy's page), with an optional event. */
export function NewWorkshopForm({ strategyId }: { strategyId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const strategies = useEditableStrategies();
  const [chosen, setChosen] = useState(strategyId ?? '');
  const [event, setEvent] = useState<{ id: string; name: string } | null>(null);
  const { values, errors, setErrors, change } = useFields({
    titleFi: '',
    titleSv: '',
    titleEn: '',
    voteBudget: String(VOTE_BUDGET.default),
  });
  const { failed, busy, attempt } = useAttempt();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const budget = Number(values.voteBudget);
    const found: Record<string, string> = {};
    if (!values.titleFi.trim()) found.titleFi = t('workshop.required');
    if (!budgetFits(budget)) found.voteBudget = t('workshop.budgetRange');
    setErrors(found);
    if (Object.keys(found).length > 0 || !chosen) return;
    void attempt(async () => {
      const made = await createWorkshop({
        strategyId: chosen,
        eventId: event?.id,
        titleFi: values.titleFi.trim(),
        titleSv: values.titleSv.trim() || undefined,
        titleEn: values.titleEn.trim() || undefined,
        voteBudget: budget,
      });
      navigate(`/${lang}/workshops/${made.workshop.id}`);
    });
  };

  if (strategies.state === 'error') return <ErrorNotice error={strategies.error} />;
  const options = strategies.data ?? [];
  return (
    <>
      <PageTitle>{t('workshop.newWorkshop')}</PageTitle>
      <p>{t('workshop.newIntro')}</p>
      <form onSubmit={submit} aria-label={t('workshop.newWorkshop')} noValidate className="workshop-form">
        <label className="workshop-select">
          {t('workshop.strategy')}
          <select value={chosen} onChange={(e) => setChosen(e.target.value)} required>
            <option value="">{t('workshop.chooseStrategy')}</option>
            {options.map((s) => (
              <option key={String(s.id)} value={String(s.id)}>
                {localized(s, 'title', lang).text}
              </option>
            ))}
          </select>
        </label>
        <TextField
          id="workshop-titleFi"
          labelText={t('workshop.titleFi')}
          value={values.titleFi}
          onChange={change('titleFi')}
          error={errors.titleFi}
        />
        <TextField
          id="workshop-titleSv"
          labelText={t('workshop.titleSv')}
          value={values.titleSv}
          onChange={change('titleSv')}
          optional
        />
        <TextField
          id="workshop-titleEn"
          labelText={t('workshop.titleEn')}
          value={values.titleEn}
          onChange={change('titleEn')}
          optional
        />
        <TextField
          id="workshop-voteBudget"
          labelText={t('workshop.voteBudget')}
          hint={t('workshop.voteBudgetHint')}
          value={values.voteBudget}
          onChange={change('voteBudget')}
          error={errors.voteBudget}
        />
        <PickOne
          id="workshop-event"
          path="events"
          labelText={t('workshop.event')}
          searchLabel={t('workshop.searchEvent')}
          value={event}
          onChange={setEvent}
        />
        <SaveFailed shown={failed} />
        <Button type="submit" disabled={busy || !chosen}>
          {t('workshop.create')}
        </Button>
      </form>
    </>
  );
}
