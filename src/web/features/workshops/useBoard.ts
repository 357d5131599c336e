import { useCallback, useEffect, useRef, useState } from 'react';
import { WORKSHOP_EVENT_TYPES } from '../../../domain/workshops';
import { ApiError } from '../../api/client';
import { loadBoard, streamAddress, type Board } from './api';

export type LiveBoard = {
  board: Board | null;
  error: unknown;
  /** Whether the stream is connected; the screen says so when it is not. */
  live: boolean;
  reload: () => void;
};

/**
 * The facilitator's board, kept current by the workshop's event stream, which opens from the first board's
 * last event. Each event reloads the board (reloads that would overlap are folded into one after the
 * running one), so the screen never shows half of a change. When the browser gives up on the stream, it is opened again from the last event seen, and
 * the board is read whole once more in case the replay missed anything.
 */
export function useBoard(id: string): LiveBoard {
  const [board, setBoard] = useState<Board | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState(false);
  const running = useRef(false);
  const again = useRef(false);
  const lastEventId = useRef<string | undefined>(undefined);

  const reload = useCallback(() => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    void (async () => {
      do {
        again.current = false;
        try {
          const data = await loadBoard(id);
          setBoard(data);
          setError(null);
        } catch (thrown) {
          setError(thrown);
        }
      } while (again.current);
      running.current = false;
    })();
  }, [id]);

  useEffect(() => {
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const connect = () => {
      source = new EventSource(streamAddress(id, lastEventId.current), { withCredentials: true });
      source.onopen = () => setLive(true);
      const onEvent = (event: MessageEvent) => {
        if (event.lastEventId) lastEventId.current = event.lastEventId;
        reload();
      };
      for (const type of WORKSHOP_EVENT_TYPES) source.addEventListener(type, onEvent);
      source.onerror = () => {
        setLive(false);
        // The browser reconnects by itself (sending Last-Event-ID) unless the answer was an error.
        if (source?.readyState !== EventSource.CLOSED || stopped) return;
        source.close();
        retry = setTimeout(() => {
          reload();
          connect();
        }, 2000);
      };
    };
    // The stream starts after the board it adds to, from the board's last event (or it replays from the start).
    const start = () =>
      loadBoard(id).then(
        (data) => {
          if (stopped) return;
          setBoard(data);
          setError(null);
          lastEventId.current = String(data.lastEventId);
          connect();
        },
        (thrown: unknown) => {
          if (stopped) return;
          setError(thrown);
          // A workshop that is gone or not the caller's stays so; a failing server may recover.
          if (!(thrown instanceof ApiError && thrown.status < 500))
            retry = setTimeout(() => void start(), 2000);
        },
      );
    void start();
    return () => {
      stopped = true;
      clearTimeout(retry);
      source?.close();
    };
  }, [id, reload]);

  return { board, error, live, reload };
}
