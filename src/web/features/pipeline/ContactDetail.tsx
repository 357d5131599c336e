import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { formatDateTime, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { canEdit, useAuth } from '../../shared/auth';
import { useAttempt } from '../../shared/forms/useAttempt';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { ActivityForm } from './ActivityForm';
import { CardFacts } from './CardFacts';
import { ContactLog } from './ContactLog';
import { MoveControl } from './MoveControl';
import { NextStepForm } from './NextStepForm';
import { loadCard, loadLog, moveCard, type Card, type Stage } from './pipeline';
import { todayInFinland } from '../../shared/helsinkiTime';

/** One card of the pipeline: its facts, a move, the log and a form to add to it. */
export function ContactDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const card = useApi(`card-${id}`, (signal) => loadCard(id, signal));
  const log = useApi(`log-${id}`, (signal) => loadLog(id, signal));
  const moving = useAttempt();
  const changed = () => {
    card.reload();
    log.reload();
  };

  if (card.state === 'loading') return <Loading />;
  if (card.state === 'error') return <ErrorNotice error={card.error} />;
  const c = card.data;
  const name = localized(c.organisation, 'name', lang);
  // A failed move is shown here, as on the board, not left to reject unseen.
  const move = (moved: Card, stage: Stage, note: string) =>
    moving.attempt(async () => {
      await moveCard(moved.id, stage, note || undefined);
      changed();
    });
  return (
    <>
      <p>
        <Link to={`/${lang}/pipeline`}>{t('pipeline.backToPipeline')}</Link>
      </p>
      <PageTitle lang={name.lang === lang ? undefined : name.lang}>{name.text}</PageTitle>
      <p role="status">{t('pipeline.inStage', { stage: label(t, 'contactStage', c.stage) })}</p>
      <CardFacts card={c} today={todayInFinland()} />
      {c.reason && <p>{c.reason}</p>}
      {c.enquiry && (
        <p>
          {t('pipeline.fromEnquiry', { date: formatDateTime(c.enquiry.receivedAt, lang) })}{' '}
          {/* The public page is served by the server, not this app: a whole page load. */}
          <a href={c.enquiry.pageUrl}>{c.enquiry.pageUrl}</a>
        </p>
      )}
      <p className="toolbar">
        <Link to={`/${lang}/organisations/${c.organisation.id}`}>{t('pipeline.openOrganisation')}</Link>
        {canEdit(me, c) && <Link to={`/${lang}/contacts/${c.id}/edit`}>{t('pipeline.editCard')}</Link>}
      </p>
      {canEdit(me, c) && me.user && (
        <>
          <MoveControl card={c} onMove={move} name={name.text} />
          {moving.failed && <ErrorNotice error={moving.error} />}
          <NextStepForm key={c.updatedAt} card={c} userId={me.user.id} onSaved={changed} />
          <ActivityForm contactId={c.id} onLogged={changed} />
        </>
      )}
      {log.state === 'ready' && <ContactLog entries={log.data} />}
      {log.state === 'error' && <ErrorNotice error={log.error} />}
    </>
  );
}
