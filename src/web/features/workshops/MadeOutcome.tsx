import { useTranslation } from 'react-i18next';
import { RecordLink } from '../../ui/RecordLink';
import type { Board } from './api';

type Made = Board['outcome'][number];

/** The idea's text or the group's title a goal or action was made from, if it is still on the board. */
function sourceTitle(board: Board, made: Made): string | null {
  if (made.ideaId) return board.ideas.find((i) => i.id === made.ideaId)?.text ?? null;
  return board.groups.find((g) => g.id === made.groupId)?.title ?? null;
}

/** The goals and actions already made from this workshop, so that no one makes them twice. */
export function MadeOutcome({ board }: { board: Board }) {
  const { t } = useTranslation();
  const made = board.outcome.filter((m) => m.titleFi !== null);
  if (made.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="workshop-made-heading">
      <h2 id="workshop-made-heading">{t('workshop.made')}</h2>
      <p>{t('workshop.madeIntro')}</p>
      <ul className="workshop-made">
        {made.map((m) => {
          const source = sourceTitle(board, m);
          return (
            <li key={`${m.goalId ?? m.actionId}-${m.ideaId ?? m.groupId}`}>
              {m.goalId ? t('workshop.goal') : t('workshop.action')}:{' '}
              <RecordLink
                path={m.goalId ? 'strategy-goals' : 'development-actions'}
                record={{ ...m, id: (m.goalId ?? m.actionId)! }}
                base="title"
              />{' '}
              <span className="muted">
                {source
                  ? t('workshop.madeFrom', { source, dots: t('workshop.dots', { count: m.dots }) })
                  : t('workshop.madeFromRemoved')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
