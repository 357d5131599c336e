import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { Checkbox, Heading, Paragraph } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { label } from '../i18n/dynamic';
import { localized } from '../i18n/format';
import { isLang, useLang } from '../i18n/lang';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import {
  linkLookUp,
  linkSearch,
  readByLink,
  saveByLink,
  type RespondentPage,
} from '../features/mapping-answer/api';
import { AnswerForm } from '../features/mapping-answer/AnswerForm';
import { PublicShell } from '../features/mapping-answer/PublicShell';
import { Refusal } from '../features/mapping-answer/Refusal';
import type { Answers } from '../../domain/questionnaires';

/**
 * A respondent's page, opened from their personal link without an account (issue 13). The link is all it
 * needs; a link that does not work shows why, and nothing of the round.
 */
export function AnswerPage() {
  const { lang, token = '' } = useParams();
  const page = useApi(`answers/${token}`, (signal) => readByLink(token, signal));
  if (!isLang(lang)) return <Navigate replace to={`/fi/answer/${encodeURIComponent(token)}`} />;
  return (
    <PublicShell>
      {page.state === 'loading' ? (
        <Loading />
      ) : page.state === 'error' ? (
        <Refusal error={page.error} />
      ) : (
        <Answering token={token} page={page.data} />
      )}
    </PublicShell>
  );
}

function Answering({ token, page }: { token: string; page: RespondentPage }) {
  const { t } = useTranslation();
  const needsConsent = page.lawfulBasis === 'consent';
  // Every save sends the consent, so answers kept mean it was given.
  const [consent, setConsent] = useState(
    page.consented === true || page.submitted || Object.keys(page.answers).length > 0,
  );
  const save = useCallback(
    (answers: Answers, submit: boolean) =>
      saveByLink(token, { answers, submit, ...(needsConsent ? { consent: true } : {}) }),
    [token, needsConsent],
  );
  const search = useMemo(() => linkSearch(token), [token]);
  const lookUp = useMemo(() => linkLookUp(token), [token]);
  const lang = useLang();
  const title = page.round ? localized(page.round, 'name', lang) : null;
  return (
    <>
      {title ? (
        <PageTitle lang={title.lang === lang ? undefined : title.lang} fallback>
          {title.text}
        </PageTitle>
      ) : (
        <PageTitle>{t('answer.title')}</PageTitle>
      )}
      <Paragraph mb="m">{t('answer.intro')}</Paragraph>
      <PrivacyNotice page={page} />
      {needsConsent && (
        <div className="answer-consent">
          <Checkbox
            id="answer-consent"
            checked={consent}
            onClick={({ checkboxState }) => setConsent(checkboxState)}
          >
            {t('answer.consent')}
          </Checkbox>
        </div>
      )}
      {needsConsent && !consent ? (
        <p className="answer-muted">{t('answer.consentFirst')}</p>
      ) : (
        <AnswerForm
          content={page.content}
          answers={page.answers}
          submitted={page.submitted}
          save={save}
          search={search}
          lookUp={lookUp}
          refused={(error) => <Refusal error={error} />}
        />
      )}
    </>
  );
}

/** The round's privacy notice, in the page's language when it has one, and the lawful basis in words. */
function PrivacyNotice({ page }: { page: RespondentPage }) {
  const { t } = useTranslation();
  const lang = useLang();
  const own = page.privacyNotice?.[lang];
  const text = own || page.privacyNotice?.fi;
  if (!text && !page.lawfulBasis) return null;
  return (
    <section className="answer-privacy" aria-labelledby="answer-privacy-title">
      <Heading variant="h2" id="answer-privacy-title" mb="xs">
        {t('answer.privacyTitle')}
      </Heading>
      {text && (
        <p className="answer-privacy-text" lang={own ? undefined : 'fi'}>
          {text}
        </p>
      )}
      {page.lawfulBasis && (
        <p>
          {t('answer.lawfulBasis')}: {label(t, 'lawfulBasis', page.lawfulBasis)}
        </p>
      )}
    </section>
  );
}
