import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Checkbox, DateInput, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { useAuth } from '../shared/auth';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import { DAY_TEXT, parseDay, todayInFinland, writeDay } from '../features/mapping-answer/dates';
import {
  readInterview,
  rosterSearch,
  saveInterview,
  type InterviewPage as Interview,
} from '../features/mapping-answer/api';
import { AnswerForm } from '../features/mapping-answer/AnswerForm';
import { Refusal } from '../features/mapping-answer/Refusal';
import type { Answers } from '../../domain/questionnaires';

/**
 * An officer fills in a round's questionnaire during an interview, for a named respondent: who interviewed,
 * on which day, and notes, saved with the answers (which are marked as given in an interview).
 */
export function InterviewPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const page = useApi(`interview/${id}`, (signal) => readInterview(id, signal));
  if (page.state === 'loading') return <Loading />;
  if (page.state === 'error')
    return (
      <>
        <PageTitle>{t('interview.title')}</PageTitle>
        <ErrorNotice error={page.error} />
      </>
    );
  return <Interviewing id={id} page={page.data} />;
}

/** The interview's details; consent when the questionnaire asks by consent (given aloud, recorded here). */
type Details = { interviewer: string; interviewedOn: string; interviewNotes: string; consent: boolean };

function Interviewing({ id, page }: { id: string; page: Interview }) {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const [details, setDetails] = useState<Details>({
    interviewer: page.interviewer ?? me.user?.displayName ?? '',
    interviewedOn: page.interviewedOn ?? todayInFinland(),
    interviewNotes: page.interviewNotes ?? '',
    consent: page.consented === true,
  });
  const [dateText, setDateText] = useState(writeDay(details.interviewedOn));
  // The server keeps drafts without the consent the questionnaire asks, but takes no submit.
  const needsConsent = page.lawfulBasis === 'consent';
  // The save reads the details of the moment it runs, not of the moment it was asked for.
  const current = useRef(details);
  useLayoutEffect(() => {
    current.current = details;
  });
  const set = (patch: Partial<Details>) => setDetails((d) => ({ ...d, ...patch }));
  const save = useCallback(
    (answers: Answers, submit: boolean) => {
      const { interviewer, interviewedOn, interviewNotes, consent } = current.current;
      return saveInterview(id, {
        answers,
        submit,
        interviewer: interviewer.trim(),
        interviewedOn,
        ...(interviewNotes.trim() ? { interviewNotes } : {}),
        ...(consent ? { consent: true } : {}),
      });
    },
    [id],
  );
  const dateWrong = parseDay(dateText) === null;
  const ready = details.interviewer.trim() !== '' && !dateWrong;
  const language = i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi';
  return (
    <>
      <PageTitle sub={t('interview.title')}>{page.displayName}</PageTitle>
      <Paragraph mb="m">{t('interview.intro')}</Paragraph>
      <fieldset className="answer-group interview-details">
        <legend className="answer-legend">{t('interview.details')}</legend>
        <TextInput
          id="interview-interviewer"
          labelText={t('interview.interviewer')}
          value={details.interviewer}
          maxLength={200}
          autoComplete="off"
          status={details.interviewer.trim() === '' ? 'error' : 'default'}
          statusText={details.interviewer.trim() === '' ? t('interview.interviewerNeeded') : undefined}
          onChange={(v) => set({ interviewer: String(v ?? '') })}
          fullWidth
        />
        <DateInput
          id="interview-date"
          labelText={t('interview.date')}
          hintText={t('answer.dateHint')}
          value={dateText}
          status={dateWrong ? 'error' : 'default'}
          statusText={dateWrong ? t('answer.notADate') : undefined}
          onChange={({ value }) => {
            setDateText(value);
            const iso = parseDay(value);
            if (iso) set({ interviewedOn: iso });
          }}
          datePickerEnabled
          dateAdapter={DAY_TEXT}
          language={language}
          autoComplete="off"
        />
        <Textarea
          id="interview-notes"
          labelText={t('interview.notes')}
          optionalText={t('form.optional')}
          value={details.interviewNotes}
          maxLength={10000}
          onChange={(e) => set({ interviewNotes: e.target.value })}
          fullWidth
        />
        {needsConsent && (
          <Checkbox
            id="answer-consent"
            checked={details.consent}
            onClick={({ checkboxState }) => set({ consent: checkboxState })}
          >
            {t('interview.consent')}
          </Checkbox>
        )}
      </fieldset>
      <AnswerForm
        content={page.content}
        answers={page.answers}
        submitted={page.submitted}
        save={save}
        enabled={ready}
        extra={JSON.stringify(details)}
        refused={(error) => <Refusal error={error} inline />}
        search={rosterSearch}
      />
    </>
  );
}
