import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Dropdown,
  DropdownItem,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { EVENT_KINDS } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { createSeries, seriesBody, type EventSeries, type SeriesForm as Form } from './series';

const EMPTY: Form = {
  titleFi: '',
  titleSv: '',
  titleEn: '',
  startsAt: '',
  minutes: '60',
  kind: 'webinar',
  frequency: 'weekly',
  count: '4',
};

/** An event series: its name, the kind of its sessions, its first session and how its sessions recur. */
export function SeriesForm({
  workspace,
  onCreated,
}: {
  workspace?: string;
  onCreated: (s: EventSeries) => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [invalid, setInvalid] = useState(false);
  const { failed, setFailed, busy, attempt } = useAttempt();
  const set = (key: keyof Form) => (v: unknown) => {
    setForm((f) => ({ ...f, [key]: String(v ?? '') }));
    setInvalid(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const body = seriesBody(form);
    if (!body) return setInvalid(true);
    await attempt(async () => onCreated(await createSeries(body, workspace)));
  };

  const text = (key: 'titleFi' | 'titleSv' | 'titleEn', label: string, optional: boolean) => (
    <TextInput
      id={`series-${key}`}
      labelText={label}
      optionalText={optional ? t('form.optional') : undefined}
      value={form[key]}
      onChange={set(key)}
      fullWidth
    />
  );
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="series-heading">
      <h2 id="series-heading">{t('series.heading')}</h2>
      {text('titleFi', t('series.titleFi'), false)}
      {text('titleSv', t('series.titleSv'), true)}
      {text('titleEn', t('series.titleEn'), true)}
      <Dropdown id="series-kind" labelText={t('series.kind')} value={form.kind} onChange={set('kind')}>
        {EVENT_KINDS.map((kind) => (
          <DropdownItem key={kind} value={kind}>
            {label(t, 'eventKind', kind)}
          </DropdownItem>
        ))}
      </Dropdown>
      <TextInput
        id="series-starts"
        labelText={t('series.firstStarts')}
        hintText={t('entities.hint.datetime')}
        value={form.startsAt}
        onChange={set('startsAt')}
      />
      <TextInput
        id="series-minutes"
        type="number"
        labelText={t('series.minutes')}
        value={form.minutes}
        onChange={set('minutes')}
      />
      <RadioButtonGroup
        id="series-frequency"
        name="frequency"
        labelText={t('series.frequency')}
        value={form.frequency}
        onChange={set('frequency')}
      >
        <RadioButton value="weekly">{t('series.weekly')}</RadioButton>
        <RadioButton value="monthly">{t('series.monthly')}</RadioButton>
      </RadioButtonGroup>
      <TextInput
        id="series-count"
        type="number"
        labelText={t('series.count')}
        value={form.count}
        onChange={set('count')}
        status={invalid ? 'error' : 'default'}
        statusText={invalid ? t('series.invalid') : undefined}
      />
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('series.create')}
        </Button>
      </div>
      <SaveFailed shown={failed} />
    </form>
  );
}
