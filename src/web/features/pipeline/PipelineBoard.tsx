import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { CardFacts, CardTitle } from './CardFacts';
import { MoveControl } from './MoveControl';
import type { Card, Stage } from './pipeline';

type Props = {
  stages: { stage: Stage; cards: Card[] }[];
  today: string;
  canMove: (card: Card) => boolean;
  onMove: (card: Card, stage: Stage, note: string) => Promise<void>;
  /** The card just moved and where to: its title takes the focus once it stands in its new column. */
  moved?: { id: string; stage: Stage };
};

const CARD_TYPE = 'application/x-solmu-contact';

/**
 * The board: one column per stage. A mouse drags a card to another column (native drag and drop); the
 * keyboard and screen readers use each card's "move" control, which does the same.
 */
export function PipelineBoard({ stages, today, canMove, onMove, moved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [over, setOver] = useState<Stage | null>(null);
  const cards = new Map(stages.flatMap((s) => s.cards).map((c) => [c.id, c]));
  const focused = useRef<Props['moved']>(undefined);
  useEffect(() => {
    if (!moved || focused.current === moved || cards.get(moved.id)?.stage !== moved.stage) return;
    focused.current = moved;
    document.getElementById(`card-${moved.id}`)?.focus();
  });

  const drop = (stage: Stage) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const card = cards.get(e.dataTransfer.getData(CARD_TYPE));
    if (card && card.stage !== stage) void onMove(card, stage, '');
  };

  return (
    <div className="pipeline-board">
      {stages.map(({ stage, cards: column }) => (
        <section
          key={stage}
          className={over === stage ? 'pipeline-column pipeline-drop' : 'pipeline-column'}
          aria-labelledby={`stage-${stage}`}
          onDragOver={(e) => {
            if (!e.dataTransfer.types.includes(CARD_TYPE)) return;
            e.preventDefault();
            setOver(stage);
          }}
          onDragLeave={() => setOver(null)}
          onDrop={drop(stage)}
        >
          <h2 id={`stage-${stage}`}>
            {label(t, 'contactStage', stage)} <span className="muted">({column.length})</span>
          </h2>
          {column.length === 0 ? (
            <p className="muted">{t('pipeline.emptyStage')}</p>
          ) : (
            <ul className="plain-list">
              {column.map((card) => (
                <li
                  key={card.id}
                  className="pipeline-card"
                  draggable={canMove(card)}
                  onDragStart={(e) => {
                    e.dataTransfer.setData(CARD_TYPE, card.id);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                >
                  <h3>
                    <CardTitle card={card} id={`card-${card.id}`} />
                  </h3>
                  <CardFacts card={card} today={today} />
                  {canMove(card) && (
                    <MoveControl
                      card={card}
                      onMove={onMove}
                      name={localized(card.organisation, 'name', lang).text}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
