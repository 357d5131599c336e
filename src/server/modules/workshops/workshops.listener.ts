/**
 * Several instances of Solmu serve one workshop: a change committed by one reaches the screens streaming
 * from another through PostgreSQL's LISTEN/NOTIFY (the write's transaction notifies its workshop on
 * commit). One dedicated connection per process, outside the pool, listens. Should it drop (the database
 * restarted or lost), the streams still find new rows by their regular look (workshops.sse.ts), only
 * later, until it listens again: it tries every few seconds.
 */
import pg from 'pg';
import { WORKSHOP_CHANNEL, wakeAll, wakeEveryone } from './workshops.stream.js';

const RETRY_MS = 5000;

/** Listens until the returned stop is called; the first connection must succeed, later ones are retried. */
export async function listenForWorkshops(
  url: string,
  onError: (error: unknown) => void,
  retryMs = RETRY_MS,
): Promise<() => Promise<void>> {
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;

  const connect = async () => {
    const client = new pg.Client({ connectionString: url, application_name: 'solmu-workshop-listener' });
    client.on('notification', (notice) => {
      if (notice.channel === WORKSHOP_CHANNEL && notice.payload) wakeAll(notice.payload);
    });
    client.on('error', (error) => {
      onError(error);
      lost(client);
    });
    client.on('end', () => lost(client));
    current = client;
    try {
      await client.connect();
      await client.query(`listen ${WORKSHOP_CHANNEL}`);
    } catch (error) {
      current = undefined;
      await client.end().catch(() => undefined);
      throw error;
    }
  };

  const listenAgainLater = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      if (stopped) return;
      // Whatever was committed while nobody listened is looked for at once.
      connect().then(wakeEveryone, (error: unknown) => {
        onError(error);
        listenAgainLater();
      });
    }, retryMs).unref();
  };

  const lost = (client: pg.Client) => {
    if (stopped || client !== current) return;
    current = undefined;
    void client.end().catch(() => undefined);
    listenAgainLater();
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await current?.end();
  };
}
