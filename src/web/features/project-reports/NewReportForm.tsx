import { useState } from 'react';
import { label } from '../../i18n/dynamic';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button, DateInput } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';
import { useAttempt } from '../../shared/forms/useAttempt';
import { DATE_ADAPTER, fromDateText } from '../../shared/helsinkiTime';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { createReport, type NewReport } from './api';
import { lastYear } from './dates';

const TEMPLATES = ['erdf_progress', 'steering_group'] as const;
const LANGUAGES = ['fi', 'sv', 'en'] as const;
type Field = 'start' | 'end';

/** The period's problems: a day that is not one, or an end before the start. */
function problems(texts: Record<Field, string>) {
  const start = fromDateText(texts.start);
  const end = fromDateText(texts.end);
  const out: Partial<Record<Field, 'dateInvalid' | 'endBeforeStart'>> = {};
  if (!start) out.start = 'dateInvalid';
  if (!end) out.end = 'dateInvalid';
  else if (start && end < start) out.end = 'endBeforeStart';
  return { start, end, out };
}

/** Pick a template, a period (Finnish dates) and a language, and start a draft from the data. */
export function NewReportForm({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [template, setTemplate] = useState<NewReport['template']>('erdf_progress');
  const [reportLang, setReportLang] = useState<NewReport['lang']>(lang);
  const [texts, setTexts] = useState<Record<Field, string>>(lastYear());
  const [shown, setShown] = useState(false);
  const { error, busy, attempt } = useAttempt();
  const checked = problems(texts);
  const submit = () => {
    setShown(true);
    if (!checked.start || !checked.end || Object.keys(checked.out).length) return;
    const body = { template, lang: reportLang, periodStart: checked.start, periodEnd: checked.end };
    void attempt(async () => {
      const made = await createReport(projectId, body);
      navigate(`/${lang}/project-reports/${made.id}`);
    });
  };
  const dateInput = (field: Field, labelText: string) => {
    const problem = shown ? checked.out[field] : undefined;
    return (
      <DateInput
        id={`report-${field}`}
        labelText={labelText}
        hintText={t('projectReport.dateHint')}
        value={texts[field]}
        onChange={({ value }) => setTexts((old) => ({ ...old, [field]: value }))}
        status={problem ? 'error' : 'default'}
        statusText={
          problem === 'dateInvalid'
            ? t('projectReport.dateInvalid')
            : problem
              ? t('projectReport.endBeforeStart')
              : undefined
        }
        datePickerEnabled
        dateAdapter={DATE_ADAPTER}
        language={i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi'}
        autoComplete="off"
      />
    );
  };
  return (
    <section className="panel" aria-labelledby="new-report">
      <h2 id="new-report">{t('projectReport.newHeading')}</h2>
      <p>{t('projectReport.newIntro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <ChoiceGroup
          name="report-template"
          labelText={t('projectReport.template')}
          value={template}
          onChange={setTemplate}
          options={TEMPLATES}
          text={(v) => label(t, 'reportTemplate', v)}
        />
        <div className="report-period">
          {dateInput('start', t('projectReport.periodStart'))}
          {dateInput('end', t('projectReport.periodEnd'))}
        </div>
        <ChoiceGroup
          name="report-language"
          labelText={t('projectReport.reportLanguage')}
          value={reportLang}
          onChange={setReportLang}
          options={LANGUAGES}
          text={(v) => label(t, 'reportLanguage', v)}
        />
        {error !== null && <ErrorNotice error={error} />}
        <Button type="submit" disabled={busy}>
          {t('projectReport.create')}
        </Button>
      </form>
    </section>
  );
}
