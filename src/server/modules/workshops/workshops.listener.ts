/**
 * Several instances of Solmu serve one workshop: a change committed by one reaches the screens streaming
 * from another through PostgreSQL's LISTEN/NOTIFY (the write's transaction notifies its workshop on
 * commit). One dedicated connection per process, outside the pool, listens. Should it drop, the streams
 * still find new rows by their regular look (workshops.sse.ts), only later.
 */
import pg from 'pg';
import { WORKSHOP_CHANNEL, wakeAll } from './workshops.stream.js';

export async function listenForWorkshops(url: string, onError: (error: unknown) => void) {
  const client = new pg.Client({ connectionString: url, application_name: 'solmu-workshop-listener' });
  client.on('error', onError);
  client.on('notification', (notice) => {
    if (notice.channel === WORKSHOP_CHANNEL && notice.payload) wakeAll(notice.payload);
  });
  await client.connect();
  await client.query(`listen ${WORKSHOP_CHANNEL}`);
  return () => client.end();
}
