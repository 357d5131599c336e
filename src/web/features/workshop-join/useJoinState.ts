import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { readState, type JoinState } from './api';
import { followStream } from './participantStream';

/** Without the stream the state is read this often; with it, rarely, only as a safety net. */
const EVERY_MS = 3000;
const WHILE_LIVE_MS = 30_000;
/** After the stream failed, how long polling alone carries on before the stream is tried again. */
const RETRY_STREAM_MS = 30_000;

/**
 * The participant's view of the workshop: read again at each event of the participant's stream (and at
 * once after each of their own writes); while the stream is down, every few seconds. `gone` says the
 * workshop no longer knows the participant (erased, or a closed workshop).
 */
export function useJoinState(code: string) {
  const [state, setState] = useState<JoinState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const poller = useRef<() => Promise<void>>(() => Promise.resolve());

  useEffect(() => {
    let alive = true;
    let live = false;
    let round = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const hangUp = new AbortController();
    const poll = async () => {
      clearTimeout(timer);
      // Only the latest read schedules the next, so a read after a write does not start a second loop.
      const mine = ++round;
      try {
        const next = await readState(code);
        if (alive && mine === round) {
          setState(next);
          setError(null);
        }
      } catch (thrown) {
        if (alive && mine === round) setError(thrown);
      }
      if (alive && mine === round) timer = setTimeout(() => void poll(), live ? WHILE_LIVE_MS : EVERY_MS);
    };
    const follow = async () => {
      const opened = () => (live = true);
      await followStream(code, hangUp.signal, opened, () => void poll()).catch(() => undefined);
      live = false;
      if (!alive) return;
      // The stream ended or failed: read now (an erased participant learns it here), then poll.
      void poll();
      retry = setTimeout(() => void follow(), RETRY_STREAM_MS);
    };
    poller.current = poll;
    void poll();
    void follow();
    return () => {
      alive = false;
      hangUp.abort();
      clearTimeout(timer);
      clearTimeout(retry);
    };
  }, [code]);

  const refresh = useCallback(() => poller.current(), []);
  const gone = error instanceof ApiError && [401, 403, 404, 410].includes(error.status);
  return { state, error, gone, refresh };
}
