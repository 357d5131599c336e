/** How the ecosystem changed since an earlier picture (a saved snapshot), when the caller gives the change. */
import type { PictureChange } from '../../analysis/compare.js';
import { figure, organisation, sentence, type Context, type Sentence } from './evidence.js';
import { count, date, joinList, num, type Tri } from './language.js';
import { NOUNS } from './nouns.js';

const NAMED = 3;

const L = {
  joined: { fi: 'Uusia toimijoita', sv: 'Nya aktörer', en: 'Actors joined' },
  left: { fi: 'Poistuneita toimijoita', sv: 'Aktörer som fallit bort', en: 'Actors left' },
  tiesAdded: { fi: 'Uusia yhteyksiä', sv: 'Nya förbindelser', en: 'Ties added' },
  tiesRemoved: { fi: 'Poistuneita yhteyksiä', sv: 'Förbindelser som fallit bort', en: 'Ties removed' },
} satisfies Record<string, Tri>;

export function changeSince(c: Context, change: PictureChange | undefined): Sentence[] {
  if (!change) return [];
  const since = change.from
    ? date(change.from, c.lang)
    : { fi: 'aiempi', sv: 'tidigare', en: 'earlier' }[c.lang];
  const { added, removed } = change.actors;
  const ties = change.ties;
  const n = (x: number) => num(x, c.lang, 0);
  const newcomers = joinList(
    added.slice(0, NAMED).map((a) => a.name),
    c.lang,
  );
  const all = added.length <= NAMED;
  const example = { fi: 'esimerkiksi ', sv: 'till exempel ', en: 'for example ' }[c.lang];
  const named = added.length === 0 ? '' : ` (${all ? '' : example}${newcomers})`;
  const actors = {
    fi: `Edellisen tilannekuvan (${since}) jälkeen toimijoita on tullut lisää ${n(added.length)}${named} ja poistunut ${n(removed.length)}`,
    sv: `Sedan den förra lägesbilden (${since}) har ${count(added.length, NOUNS.actor, c.lang)} tillkommit${named} och ${count(removed.length, NOUNS.actor, c.lang)} fallit bort`,
    en: `Since the previous picture (${since}), ${count(added.length, NOUNS.actor, c.lang)} joined${named} and ${n(removed.length)} left`,
  }[c.lang];
  const tieClause = ties
    ? {
        fi: `, ja yhteyksiä on tullut lisää ${n(ties.added.length)} ja poistunut ${n(ties.removed.length)}`,
        sv: `, och ${count(ties.added.length, NOUNS.tie, c.lang)} har tillkommit och ${count(ties.removed.length, NOUNS.tie, c.lang)} fallit bort`,
        en: `, and ${count(ties.added.length, NOUNS.tie, c.lang)} ${ties.added.length === 1 ? 'was' : 'were'} added and ${n(ties.removed.length)} removed`,
      }[c.lang]
    : '';
  const evidence = [
    figure(c, 'actorsJoined', L.joined, added.length, n(added.length)),
    figure(c, 'actorsLeft', L.left, removed.length, n(removed.length)),
    ...(ties
      ? [
          figure(c, 'tiesAdded', L.tiesAdded, ties.added.length, n(ties.added.length)),
          figure(c, 'tiesRemoved', L.tiesRemoved, ties.removed.length, n(ties.removed.length)),
        ]
      : []),
    ...added
      .slice(0, NAMED)
      .map((a) => organisation({ ...c, names: new Map([[a.organisationId, a.name]]) }, a.organisationId)),
  ];
  return [sentence(`${actors}${tieClause}.`, evidence)];
}
