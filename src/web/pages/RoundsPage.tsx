import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { WorkspaceChoice } from '../features/imports/WorkspaceChoice';
import { loadQuestionnaires, loadRounds } from '../features/mapping/api';
import { NewQuestionnaireForm } from '../features/mapping/NewQuestionnaireForm';
import { NewRoundForm } from '../features/mapping/NewRoundForm';
import { QuestionnaireList, RoundList } from '../features/mapping/RoundList';
import '../features/mapping/mapping.css';
import { useLang } from '../i18n/lang';
import { editableWorkspaces, useAuth } from '../shared/auth';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

/** The mapping rounds and their questionnaires, and the forms that start new ones. */
export function RoundsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me, ready } = useAuth();
  const user = me.user?.id ?? 'anonymous';
  const rounds = useApi(`rounds:${user}`, (signal) => loadRounds(signal));
  const questionnaires = useApi(`questionnaires:${user}`, (signal) => loadQuestionnaires(signal));
  const workspaces = editableWorkspaces(me);
  const [chosen, setChosen] = useState<string | null>(null);
  // New questionnaires and rounds go to the chosen workspace, the first one where the user edits until then.
  const workspace = chosen ?? workspaces[0]?.slug;
  if (!ready) return <Loading />;
  if (!me.user)
    return (
      <>
        <PageTitle>{t('nav.mapping')}</PageTitle>
        <InlineAlert status="neutral" labelText={t('mapping.signInFirst')}>
          <Link to={`/${lang}/sign-in`}>{t('auth.signIn')}</Link>
        </InlineAlert>
      </>
    );
  const editor = me.user.isAdmin || workspaces.length > 0;
  return (
    <>
      <PageTitle>{t('nav.mapping')}</PageTitle>
      <Paragraph mb="m">{t('mapping.intro')}</Paragraph>
      {editor && (
        <WorkspaceChoice
          id="mapping-workspace"
          workspaces={workspaces}
          value={workspace ?? ''}
          onChange={setChosen}
        />
      )}
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t('mapping.rounds')}</h2>
        {rounds.state === 'loading' && <Loading />}
        {rounds.state === 'error' && <ErrorNotice error={rounds.error} />}
        {rounds.state === 'ready' && <RoundList rounds={rounds.data} />}
        {editor && questionnaires.state === 'ready' && (
          <NewRoundForm questionnaires={questionnaires.data} workspace={workspace} />
        )}
      </section>
      <section aria-labelledby="questionnaires-heading">
        <h2 id="questionnaires-heading">{t('mapping.questionnaires')}</h2>
        {questionnaires.state === 'loading' && <Loading />}
        {questionnaires.state === 'error' && <ErrorNotice error={questionnaires.error} />}
        {questionnaires.state === 'ready' && <QuestionnaireList questionnaires={questionnaires.data} />}
        {editor && <NewQuestionnaireForm workspace={workspace} />}
      </section>
    </>
  );
}
