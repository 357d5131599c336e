/**
 * A network's progress view as an Excel workbook in the reader's language: one row a town, with the
 * goals of its own and its ecosystems' strategies by state, their actions by status and the day of the
 * latest actual; a town without a strategy says so.
 */
import { writeXlsx } from '../formats/writers/xlsx.js';
import { actionStatusName, formatDate, progressWord, type Language } from './labels.js';

export type NetworkProgressRow = {
  town: string;
  strategies: readonly string[];
  onTrack: number;
  offTrack: number;
  noData: number;
  actions: Readonly<Record<string, number>>;
  latestActualOn: string | null;
};

export function networkProgressXlsx(
  rows: readonly NetworkProgressRow[],
  lang: Language,
): Promise<Uint8Array> {
  const w = (key: Parameters<typeof progressWord>[0]) => progressWord(key, lang);
  const actions = (counts: NetworkProgressRow['actions']) =>
    Object.entries(counts)
      .map(([status, n]) => `${actionStatusName(status, lang)} ${n}`)
      .join(', ');
  return writeXlsx([
    {
      name: w('progress'),
      headers: [
        w('town'),
        w('strategies'),
        w('onTrack'),
        w('offTrack'),
        w('noData'),
        w('actions'),
        w('latest'),
      ],
      rows: rows.map((r) => [
        r.town,
        r.strategies.length ? r.strategies.join(', ') : w('noStrategy'),
        r.onTrack,
        r.offTrack,
        r.noData,
        actions(r.actions),
        r.latestActualOn ? formatDate(r.latestActualOn, lang) : '',
      ]),
    },
  ]);
}
