import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Textarea } from 'suomifi-ui-components';
import { IDEA_PHASES } from '../../../domain/workshops';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';
import { useAttempt } from '../../shared/forms/useAttempt';
import { Loading } from '../../ui/Loading';
import { LocalText } from '../../ui/LocalText';
import { eraseMe, postIdea, type JoinState } from './api';
import { CurrentState } from './CurrentState';
import { RefusalAlert } from './JoinRefusal';
import { useJoinState } from './useJoinState';
import { Voting } from './Voting';

/** A joined participant: the current phase's prompt, their ideas or the vote, and erasing their input. */
export function Participate({ code, onGone }: { code: string; onGone: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { state, error, gone, refresh } = useJoinState(code);
  useEffect(() => {
    if (gone) onGone();
  }, [gone, onGone]);
  if (gone) return null;
  if (!state) return error ? <RefusalAlert error={error} /> : <Loading />;
  const phase = state.phase;
  const open = phase?.status === 'open';
  return (
    <>
      <section className="join-phase" aria-labelledby="join-phase-heading" aria-live="polite">
        <Heading variant="h2" id="join-phase-heading">
          {phase ? <LocalText text={localized(phase, 'title', lang)} /> : t('join.waiting')}
        </Heading>
        <p>{phase ? <LocalText text={localized(phase, 'prompt', lang)} /> : t('join.waitingText')}</p>
      </section>
      {phase?.kind === 'current_state' && <CurrentState code={code} />}
      {open && (IDEA_PHASES as readonly string[]).includes(phase.kind) && (
        <IdeaForm code={code} onPosted={refresh} />
      )}
      {open && phase.kind === 'voting' && <Voting code={code} state={state} onVoted={refresh} />}
      <MyIdeas state={state} />
      <section className="join-erase" aria-labelledby="join-erase-heading">
        <Heading variant="h2" id="join-erase-heading">
          {t('join.eraseHeading')}
        </Heading>
        <p>{t('join.eraseText')}</p>
        <DeleteRecord
          remove={() => eraseMe(code)}
          onDeleted={onGone}
          texts={{
            button: t('join.erase'),
            title: t('join.eraseTitle'),
            confirm: t('join.eraseQuestion'),
            conflict: t('join.failedText'),
          }}
        />
      </section>
    </>
  );
}

function IdeaForm({ code, onPosted }: { code: string; onPosted: () => Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sent, setSent] = useState('');
  const { error, busy, attempt } = useAttempt();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const idea = text.trim();
    if (!idea) return;
    void attempt(async () => {
      await postIdea(code, idea);
      setText('');
      setSent(t('join.ideaSent'));
      await onPosted();
    });
  };
  return (
    <form onSubmit={submit} aria-label={t('join.ideaForm')} className="join-form">
      <Textarea
        id="join-idea"
        labelText={t('join.idea')}
        hintText={t('join.ideaHint')}
        value={text}
        maxLength={500}
        onChange={(e) => {
          setText(e.target.value);
          setSent('');
        }}
        fullWidth
      />
      <RefusalAlert error={error} />
      <Button type="submit" disabled={busy || !text.trim()}>
        {t('join.sendIdea')}
      </Button>
      <p role="status">{sent}</p>
    </form>
  );
}

function MyIdeas({ state }: { state: JoinState }) {
  const { t } = useTranslation();
  if (state.myIdeas.length === 0) return null;
  return (
    <section aria-labelledby="join-mine-heading">
      <Heading variant="h2" id="join-mine-heading">
        {t('join.myIdeas')}
      </Heading>
      <ul className="join-ideas">
        {state.myIdeas.map((idea) => (
          <li key={idea.id}>{idea.text}</li>
        ))}
      </ul>
    </section>
  );
}
