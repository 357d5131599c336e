import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { moveIdea, type Board, type Group, type Idea } from './api';
import { GroupTools, NewGroup } from './GroupTools';

const IDEA_TYPE = 'application/x-solmu-idea';
const UNGROUPED = '';

type Props = { board: Board; onChanged: () => void };

/**
 * The ideas as they arrive, in groups. A mouse drags an idea to another group (native drag and drop);
 * the keyboard and screen readers use each idea's "move to group" list, which does the same, and the move
 * is announced.
 */
export function IdeaBoard({ board, onChanged }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [over, setOver] = useState<string | null>(null);
  const [announced, setAnnounced] = useState('');
  const { failed, attempt } = useAttempt();
  const workshopId = board.workshop.id;
  const editable = board.workshop.canEdit;
  const groups = [...board.groups].sort((a, b) => a.position - b.position);
  const groupName = (groupId: string | null) =>
    groups.find((g) => g.id === groupId)?.title ?? t('workshop.ungrouped');

  const move = (idea: Idea, groupId: string | null) =>
    attempt(async () => {
      if ((idea.groupId ?? null) === groupId) return;
      await moveIdea(workshopId, idea.id, groupId);
      setAnnounced(t('workshop.ideaMoved', { idea: idea.text, group: groupName(groupId) }));
      onChanged();
    });

  const drop = (groupId: string | null) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const idea = board.ideas.find((i) => i.id === e.dataTransfer.getData(IDEA_TYPE));
    if (idea) void move(idea, groupId);
  };

  const columns: { key: string; group: Group | null; ideas: Idea[] }[] = [
    { key: UNGROUPED, group: null, ideas: board.ideas.filter((i) => !i.groupId) },
    ...groups.map((group) => ({
      key: group.id,
      group,
      ideas: board.ideas.filter((i) => i.groupId === group.id),
    })),
  ];

  return (
    <section className="panel" aria-labelledby="workshop-ideas-heading">
      <h2 id="workshop-ideas-heading">
        {t('workshop.ideas')} <span className="muted">({formatNumber(board.ideas.length, lang)})</span>
      </h2>
      {editable && (
        <>
          <p className="muted">{t('workshop.groupingHelp')}</p>
          <NewGroup workshopId={workshopId} onChanged={onChanged} />
        </>
      )}
      <SaveFailed shown={failed} />
      <p role="status" className="visually-hidden">
        {announced}
      </p>
      <div className="workshop-board">
        {columns.map(({ key, group, ideas }) => (
          <section
            key={key}
            className={over === key ? 'workshop-column workshop-drop' : 'workshop-column'}
            aria-labelledby={`workshop-column-${key || 'ungrouped'}`}
            data-group={group?.title ?? ''}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(IDEA_TYPE)) return;
              e.preventDefault();
              setOver(key);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={drop(group?.id ?? null)}
          >
            <h3 id={`workshop-column-${key || 'ungrouped'}`}>
              {group ? group.title : t('workshop.ungrouped')}{' '}
              {group && <span className="muted">({t('workshop.dots', { count: group.dots })})</span>}
            </h3>
            {group && editable && <GroupTools workshopId={workshopId} group={group} onChanged={onChanged} />}
            {ideas.length === 0 ? (
              <p className="muted">{t('workshop.noIdeasHere')}</p>
            ) : (
              <ul className="plain-list">
                {ideas.map((idea) => (
                  <li
                    key={idea.id}
                    className="workshop-idea"
                    draggable={editable}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(IDEA_TYPE, idea.id);
                      e.dataTransfer.effectAllowed = 'move';
                    }}
                  >
                    <p className="workshop-idea-text">{idea.text}</p>
                    <p className="muted">{t('workshop.dots', { count: idea.dots })}</p>
                    {editable && (
                      <label className="workshop-move">
                        {t('workshop.moveToGroup')}
                        <span className="visually-hidden">: {idea.text}</span>
                        <select
                          value={idea.groupId ?? UNGROUPED}
                          onChange={(e) => void move(idea, e.target.value || null)}
                        >
                          <option value={UNGROUPED}>{t('workshop.ungrouped')}</option>
                          {groups.map((g) => (
                            <option key={g.id} value={g.id}>
                              {g.title}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
