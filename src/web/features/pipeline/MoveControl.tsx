import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Textarea } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { STAGES, type Card, type Stage } from './pipeline';

type Props = {
  card: Card;
  /** Moves the card; resolves when the move is saved. */
  onMove: (card: Card, stage: Stage, note: string) => Promise<void>;
  /** The card's name, so the button says which card it moves. */
  name: string;
};

/**
 * The keyboard and screen-reader way to move a card (dragging is the mouse's): a button opens a small
 * form with the stage to move to and an optional note for the log.
 */
export function MoveControl({ card, onMove, name }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const targets = STAGES.filter((s) => s !== card.stage);
  const [stage, setStage] = useState<Stage>(targets[0]!);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const place = useRef<HTMLDivElement>(null);
  const opened = useRef(false);
  // Focus follows the control: into the form when it opens, back to its button when it closes.
  useEffect(() => {
    if (!open && !opened.current) return;
    opened.current = true;
    place.current?.querySelector<HTMLElement>('button')?.focus();
  }, [open]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await onMove(card, stage, note.trim());
      setOpen(false);
      setNote('');
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <div ref={place}>
        <Button
          variant="secondary"
          aria-label={t('pipeline.moveCard', { name })}
          aria-expanded={false}
          onClick={() => setOpen(true)}
        >
          {t('pipeline.move')}
        </Button>
      </div>
    );
  return (
    <div ref={place}>
      <form className="pipeline-move" onSubmit={submit} aria-label={t('pipeline.moveCard', { name })}>
        <Dropdown
          id={`${id}-stage`}
          labelText={t('pipeline.moveTo')}
          value={stage}
          onChange={(v: string) => setStage(v as Stage)}
          fullWidth
        >
          {targets.map((s) => (
            <DropdownItem key={s} value={s}>
              {label(t, 'contactStage', s)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Textarea
          id={`${id}-note`}
          labelText={t('pipeline.moveNote')}
          optionalText={t('pipeline.optional')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          fullWidth
        />
        <div className="toolbar">
          <Button type="submit" disabled={busy}>
            {t('pipeline.moveSubmit')}
          </Button>
          <Button variant="secondary" type="button" onClick={() => setOpen(false)}>
            {t('pipeline.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
