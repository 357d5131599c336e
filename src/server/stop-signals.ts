import type { Logger } from 'pino';

/** What a stop signal does at the stage Solmu is in. */
export type StopSignals = {
  /** Whether a signal has come: a start under way gives up (its errors are the stop's doing). */
  readonly requested: boolean;
  /** From now on a signal runs `stop`; at once when one came before. */
  onStop(stop: (signal: string) => Promise<void>): void;
  /** Waits for the stop under way, which ends the process. */
  untilStopped(): Promise<never>;
};

/**
 * Listens for SIGINT and SIGTERM from the first moment of a start. Before these handlers a signal
 * ended Node at once while the embedded PostgreSQL, a child of its own, went on running (the
 * database's start, migrations and the demo take seconds to minutes): the signal is kept until the
 * start says how to stop, and only the first one counts.
 */
export function listenForStopSignals(log: Logger): StopSignals {
  let signal: string | undefined;
  let stop: ((signal: string) => Promise<void>) | undefined;
  const handle = (received: string) => {
    if (signal) return;
    signal = received;
    log.info(`${received}: stopping`);
    void stop?.(received);
  };
  process.on('SIGINT', () => handle('SIGINT'));
  process.on('SIGTERM', () => handle('SIGTERM'));
  return {
    get requested() {
      return signal !== undefined;
    },
    onStop(next) {
      stop = next;
      if (signal) void next(signal);
    },
    untilStopped: () => new Promise<never>(() => {}),
  };
}
