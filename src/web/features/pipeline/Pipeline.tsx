import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { canEdit, useAuth } from '../../shared/auth';
import { useAttempt } from '../../shared/forms/useAttempt';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PipelineBoard } from './PipelineBoard';
import { ALL, PipelineFilters, type Filters } from './PipelineFilters';
import { PipelineList } from './PipelineList';
import { loadBoard, moveCard, type Card, type Stage } from './pipeline';
import { todayInFinland } from '../../shared/helsinkiTime';

function useFilters(): [Filters, (patch: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    workspace: params.get('workspace') ?? '',
    owner: params.get('owner') ?? '',
    need: params.get('need') ?? '',
    view: params.get('view') === 'list' ? 'list' : 'board',
  };
  const change = (patch: Partial<Filters>) => {
    const next = { ...filters, ...patch };
    const entries = Object.entries(next).filter(
      ([k, v]) => v && v !== ALL && !(k === 'view' && v === 'board'),
    );
    setParams(new URLSearchParams(entries), { replace: true });
  };
  return [filters, change];
}

const matches = (filters: Filters) => (card: Card) =>
  (!filters.owner || card.owner?.id === filters.owner) && (!filters.need || card.need?.id === filters.need);

/**
 * The contact pipeline of the user's workspaces: a board (drag a card, or move it with its control) or
 * a list, narrowed by owner and need. Each move is announced in a live region.
 */
export function Pipeline() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const [filters, setFilters] = useFilters();
  const [announcement, setAnnouncement] = useState('');
  const { failed, error, attempt } = useAttempt();
  const [moved, setMoved] = useState<{ id: string; stage: Stage }>();
  const board = useApi(`pipeline-${filters.workspace}`, (signal) =>
    loadBoard({ workspaceId: filters.workspace || undefined }, signal),
  );
  const today = todayInFinland();

  const move = (card: Card, stage: Stage, note: string) =>
    attempt(async () => {
      await moveCard(card.id, stage, note || undefined);
      const name = localized(card.organisation, 'name', lang).text;
      setAnnouncement(t('pipeline.moved', { name, stage: label(t, 'contactStage', stage) }));
      setMoved({ id: card.id, stage });
      board.reload();
    });

  const all = board.state === 'ready' ? board.data.stages.flatMap((s) => s.cards) : [];
  const keep = matches(filters);
  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <PipelineFilters filters={filters} workspaces={me.workspaces} cards={all} onChange={setFilters} />
      <div className="toolbar" role="group" aria-label={t('pipeline.view')}>
        {(['board', 'list'] as const).map((view) => (
          <Button
            key={view}
            variant={filters.view === view ? 'default' : 'secondary'}
            aria-pressed={filters.view === view}
            onClick={() => setFilters({ view })}
          >
            {view === 'board' ? t('pipeline.boardView') : t('pipeline.listView')}
          </Button>
        ))}
      </div>
      {failed && <ErrorNotice error={error} />}
      {board.state === 'loading' && <Loading />}
      {board.state === 'error' && <ErrorNotice error={board.error} />}
      {board.state === 'ready' &&
        (filters.view === 'list' ? (
          <PipelineList cards={all.filter(keep)} today={today} />
        ) : (
          <PipelineBoard
            stages={board.data.stages.map((s) => ({ stage: s.stage, cards: s.cards.filter(keep) }))}
            today={today}
            canMove={(card) => canEdit(me, card)}
            onMove={move}
            moved={moved}
          />
        ))}
    </>
  );
}
