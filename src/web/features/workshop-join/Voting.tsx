import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { useAttempt } from '../../shared/forms/useAttempt';
import { vote, type JoinState } from './api';
import { RefusalAlert } from './JoinRefusal';

/** Dot votes: each idea's dots with + and −, and the dots left; the server keeps the budget. */
export function Voting({
  code,
  state,
  onVoted,
}: {
  code: string;
  state: JoinState;
  onVoted: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [said, setSaid] = useState('');
  const { error, busy, attempt } = useAttempt();
  const dotsOn = (ideaId: string) => state.myVotes.find((v) => v.ideaId === ideaId)?.dots ?? 0;
  const change = (ideaId: string, text: string, by: number) =>
    attempt(async () => {
      const next = Math.max(0, dotsOn(ideaId) + by);
      const answer = await vote(code, ideaId, next);
      setSaid(t('join.voted', { idea: text, count: next, left: answer.dotsLeft }));
      await onVoted();
    });
  return (
    <section aria-labelledby="join-vote-heading" className="join-vote">
      <Heading variant="h2" id="join-vote-heading">
        {t('join.vote')}
      </Heading>
      <p className="join-dots-left" data-left={state.dotsLeft}>
        {t('join.dotsLeft', { count: state.dotsLeft, n: formatNumber(state.dotsLeft, lang) })}
      </p>
      <RefusalAlert error={error} />
      <p role="status" className="visually-hidden">
        {said}
      </p>
      <ul className="join-ideas">
        {(state.ideas ?? []).map((idea) => {
          const dots = dotsOn(idea.id);
          return (
            <li key={idea.id} className="join-vote-idea" data-dots={dots}>
              <p>
                {idea.text}
                {idea.groupTitle && <span className="muted"> ({idea.groupTitle})</span>}
              </p>
              <div className="join-dots">
                <Button
                  variant="secondary"
                  disabled={busy || dots === 0}
                  aria-label={t('join.removeDot', { idea: idea.text })}
                  onClick={() => void change(idea.id, idea.text, -1)}
                >
                  −
                </Button>
                <span className="join-dot-count">{t('join.dotsOn', { count: dots })}</span>
                <Button
                  variant="secondary"
                  disabled={busy}
                  aria-label={t('join.addDot', { idea: idea.text })}
                  onClick={() => void change(idea.id, idea.text, 1)}
                >
                  +
                </Button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
