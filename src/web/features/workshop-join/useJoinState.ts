import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { readState, type JoinState } from './api';

const EVERY_MS = 3000;

/**
 * The participant's view of the workshop, read again every few seconds (and at once after each of their
 * own writes). `gone` says the workshop no longer knows the participant (erased, or a closed workshop).
 */
export function useJoinState(code: string) {
  const [state, setState] = useState<JoinState | null>(null);
  const [error, setError] = useState<unknown>(null);
  const poller = useRef<() => Promise<void>>(() => Promise.resolve());

  useEffect(() => {
    let alive = true;
    let round = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
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
      if (alive && mine === round) timer = setTimeout(() => void poll(), EVERY_MS);
    };
    poller.current = poll;
    void poll();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [code]);

  const refresh = useCallback(() => poller.current(), []);
  const gone = error instanceof ApiError && [401, 403, 404, 410].includes(error.status);
  return { state, error, gone, refresh };
}
