import { useTranslation } from 'react-i18next';
import './workshops.css';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { recordAddress, setPhase, updateWorkshop, type Board } from './api';
import { IdeaBoard } from './IdeaBoard';
import { JoinPanel } from './JoinPanel';
import { MadeOutcome } from './MadeOutcome';
import { Outcome } from './Outcome';
import { Participants } from './Participants';
import { Phases } from './Phases';
import { useBoard } from './useBoard';
import { VoteBudget } from './VoteBudget';
import { StatusText } from './WorkshopStatus';

/** The facilitator's screen of one workshop: join code, phases, ideas live, groups, vote, outcome, record. */
export function WorkshopBoard({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { board, error, live, reload } = useBoard(id);
  if (!board) return error ? <ErrorNotice error={error} /> : <Loading />;
  const title = localized(board.workshop, 'title', lang);
  const editable = board.workshop.canEdit;
  return (
    <>
      <p>
        <Link to={`/${lang}/strategies/${board.workshop.strategyId}`}>{t('workshop.toStrategy')}</Link>
        {' · '}
        {board.workshop.eventId && (
          <>
            <Link to={`/${lang}/events/${board.workshop.eventId}`}>{t('workshop.toEvent')}</Link>
            {' · '}
          </>
        )}
        <Link to={`/${lang}/workshops`}>{t('workshop.allWorkshops')}</Link>
      </p>
      <PageTitle lang={title.lang === lang ? undefined : title.lang} fallback>
        {title.text}
      </PageTitle>
      <p className="workshop-live" data-live={live}>
        <StatusText status={board.workshop.status} />
        {' · '}
        {live ? t('workshop.liveOn') : t('workshop.liveOff')}
      </p>
      {editable && <WorkshopControls board={board} onChanged={reload} />}
      {editable && board.workshop.status !== 'closed' && (
        <VoteBudget key={board.workshop.voteBudget} workshop={board.workshop} onChanged={reload} />
      )}
      <JoinPanel code={board.workshop.joinCode} />
      {editable && <Phases workshopId={id} phases={board.phases} onChanged={reload} />}
      <IdeaBoard board={board} onChanged={reload} />
      {editable && <Participants workshopId={id} participants={board.participants} onChanged={reload} />}
      <MadeOutcome board={board} />
      {editable && <Outcome board={board} onMade={reload} />}
      <section className="panel" aria-labelledby="workshop-record-heading">
        <h2 id="workshop-record-heading">{t('workshop.record')}</h2>
        <p>{t('workshop.recordIntro')}</p>
        <ul>
          <li>
            <a href={recordAddress(id, 'docx', lang)} download>
              {t('workshop.downloadDocx')}
            </a>
          </li>
          <li>
            <a href={recordAddress(id, 'xlsx', lang)} download>
              {t('workshop.downloadXlsx')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

/** Open the workshop to participants, close the vote, close the workshop. */
function WorkshopControls({ board, onChanged }: { board: Board; onChanged: () => void }) {
  const { t } = useTranslation();
  const { failed, busy, attempt } = useAttempt();
  const { workshop } = board;
  const voting = board.phases.find((p) => p.kind === 'voting' && p.status === 'open');
  const run = (work: () => Promise<unknown>) =>
    attempt(async () => {
      await work();
      onChanged();
    });
  return (
    <div className="toolbar">
      {workshop.status === 'draft' && (
        <Button
          disabled={busy}
          onClick={() => void run(() => updateWorkshop(workshop.id, { status: 'open' }))}
        >
          {t('workshop.openWorkshop')}
        </Button>
      )}
      {voting && (
        <Button disabled={busy} onClick={() => void run(() => setPhase(workshop.id, voting.id, 'close'))}>
          {t('workshop.closeVote')}
        </Button>
      )}
      {workshop.status === 'open' && (
        <Button
          variant="secondary"
          disabled={busy}
          onClick={() => void run(() => updateWorkshop(workshop.id, { status: 'closed' }))}
        >
          {t('workshop.closeWorkshop')}
        </Button>
      )}
      <SaveFailed shown={failed} />
    </div>
  );
}
