import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { questionnaireContent } from '../../domain/questionnaires';
import { ApiError } from '../api/client';
import { useApi } from '../api/useApi';
import { ActionError, attempt } from '../features/mapping/ActionError';
import type { Questionnaire, QuestionnaireVersions } from '../features/mapping/api-types';
import { copyQuestionnaire, loadContent, loadQuestionnaire, saveContent } from '../features/mapping/api';
import { tidy, type Draft } from '../features/mapping/builder';
import { ContentBuilder } from '../features/mapping/ContentBuilder';
import type { Problems } from '../features/mapping/FieldProblems';
import { draftProblems, serverProblems } from '../features/mapping/problems';
import { QuestionnaireDetails } from '../features/mapping/QuestionnaireDetails';
import '../features/mapping/mapping.css';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

const NONE: Problems = new Map();

/** "Versio 3; kierros käyttää versiota 2": the latest version, and the newest one a round answers. */
function VersionInfo({ versions }: { versions: QuestionnaireVersions }) {
  const { t } = useTranslation();
  const used = Math.max(0, ...versions.versions.filter((v) => v.roundCount > 0).map((v) => v.version));
  return (
    <p>
      {used === 0
        ? t('mapping.versionUnused', { version: versions.latestVersion })
        : used === versions.latestVersion
          ? t('mapping.versionInUse', { version: versions.latestVersion, next: versions.latestVersion + 1 })
          : t('mapping.versionRoundUses', { version: versions.latestVersion, used })}
    </p>
  );
}

function Builder({
  questionnaire,
  versions,
  onSaved,
}: {
  questionnaire: Questionnaire;
  versions: QuestionnaireVersions;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  // The content with the schema's defaults (required: false, …), as the form's fields expect them.
  const [draft, setDraft] = useState<Draft>(() => {
    const parsed = questionnaireContent.safeParse(versions.content);
    return parsed.success ? parsed.data : versions.content;
  });
  const [problems, setProblems] = useState<Problems>(NONE);
  const [dirty, setDirty] = useState(false);
  const [savedAs, setSavedAs] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    setSavedAs(null);
    // Problems shown stay until the next save, but follow the fields as they are fixed.
    if (problems.size > 0)
      setProblems(draftProblems(t, questionnaireContent.safeParse(tidy(next)).error?.issues ?? []));
  };

  const save = async () => {
    const parsed = questionnaireContent.safeParse(tidy(draft));
    if (!parsed.success) return setProblems(draftProblems(t, parsed.error.issues));
    setProblems(NONE);
    const saved = await attempt(
      () => saveContent(questionnaire.id, parsed.data),
      setBusy,
      (e) => {
        setError(e);
        if (e instanceof ApiError && e.details.length > 0) setProblems(serverProblems(e.details));
      },
    );
    if (saved) {
      setSavedAs(saved.version);
      setDirty(false);
      onSaved();
    }
  };

  const count = [...problems.values()].flat().length;
  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">{t('mapping.builder.content')}</h2>
      <VersionInfo versions={versions} />
      <ContentBuilder draft={draft} onChange={change} problems={problems} />
      <div className="panel">
        {count > 0 && (
          <InlineAlert status="error" role="alert" mb="m">
            {t('mapping.builder.fixProblems', { count })}
          </InlineAlert>
        )}
        {!error || count > 0 ? null : <ActionError error={error} />}
        {savedAs !== null && (
          <InlineAlert status="neutral" role="status" mb="m">
            {t('mapping.builder.savedAs', { version: savedAs })}
          </InlineAlert>
        )}
        {dirty && <p className="muted">{t('mapping.builder.unsaved')}</p>}
        <Button onClick={() => void save()} disabled={busy}>
          {t('mapping.builder.save')}
        </Button>
      </div>
    </section>
  );
}

export function QuestionnairePage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const questionnaire = useApi(`questionnaire:${id}`, (signal) => loadQuestionnaire(id, signal));
  const versions = useApi(`questionnaire-content:${id}`, (signal) => loadContent(id, signal));
  const [copying, setCopying] = useState(false);
  const [copyError, setCopyError] = useState<unknown>(null);
  if (questionnaire.state === 'loading' || versions.state === 'loading') return <Loading />;
  if (questionnaire.state === 'error') return <ErrorNotice error={questionnaire.error} />;
  if (versions.state === 'error') return <ErrorNotice error={versions.error} />;
  const q = questionnaire.data;
  const name = localized(q, 'name', lang);

  const copy = async () => {
    const created = await attempt(() => copyQuestionnaire(q.id), setCopying, setCopyError);
    if (created) navigate(`/${lang}/questionnaires/${created.id}`);
  };

  return (
    <>
      <p>
        <Link to={`/${lang}/mapping`}>{t('mapping.backToMapping')}</Link>
      </p>
      <PageTitle sub={t('mapping.questionnaire')} lang={name.lang === lang ? undefined : name.lang}>
        {name.text}
      </PageTitle>
      <div className="toolbar">
        <Button variant="secondary" onClick={() => void copy()} disabled={copying}>
          {t('mapping.copyQuestionnaire')}
        </Button>
      </div>
      <ActionError error={copyError} />
      <QuestionnaireDetails questionnaire={q} onSaved={() => questionnaire.reload()} />
      <Builder questionnaire={q} versions={versions.data} onSaved={versions.reload} />
    </>
  );
}
