/**
 * The demo's example workshop (data/demo/examples-workshop.ts), held through the workshop services as a
 * facilitator and its participants would: the ideas phase, the vote, the groups, then closed. Marked as
 * example data, so removing the examples removes it with everything in it.
 */
import type { WorkshopSeed } from '../../../../data/demo/types.js';
import { ANONYMOUS, type Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import * as people from '../workshops/participants.service.js';
import * as facilitator from '../workshops/workshops.service.js';
import { phasesOf } from '../workshops/workshops.repository.js';

type Context = { trx: Database; caller: Caller; now: Date };

async function holdWorkshop({ trx, caller, now }: Context, seed: WorkshopSeed) {
  const strategy = await trx
    .selectFrom('strategies')
    .select('id')
    .where('titleFi', '=', seed.strategy)
    .executeTakeFirstOrThrow();
  const { titleFi, titleSv, titleEn } = seed;
  const input = { strategyId: strategy.id, titleFi, titleSv, titleEn, template: 'strategy' as const };
  const row = await facilitator.createWorkshop(trx, caller, input, now);
  const phase = async (kind: string) =>
    facilitator.setPhase(
      trx,
      caller,
      row.id,
      (await phasesOf(trx, row.id)).find((p) => p.kind === kind)!.id,
      true,
      now,
    );
  await phase('ideas');
  const tokens: string[] = [];
  for (const p of seed.participants)
    tokens.push((await people.join(trx, ANONYMOUS, row.joinCode, p, now)).token);
  const ideas = new Map<string, string>();
  for (const idea of seed.ideas)
    ideas.set(idea.key, (await people.postIdea(trx, row.joinCode, tokens[idea.by], idea.text)).id);
  await phase('voting');
  for (const v of seed.votes) await people.vote(trx, row.joinCode, tokens[v.by], ideas.get(v.idea)!, v.dots);
  const groups = new Map<string, string>();
  for (const idea of seed.ideas.filter((i) => i.group)) {
    if (!groups.has(idea.group!))
      groups.set(idea.group!, (await facilitator.addGroup(trx, caller, row.id, idea.group!, now)).id);
    const place = { groupId: groups.get(idea.group!)! };
    await facilitator.moveIdea(trx, caller, row.id, ideas.get(idea.key)!, place, now);
  }
  await facilitator.updateWorkshop(trx, caller, row.id, { status: 'closed' }, now);
  await trx.updateTable('workshops').set({ example: true }).where('id', '=', row.id).execute();
}

export async function loadExampleWorkshops(ctx: Context, seeds: readonly WorkshopSeed[]) {
  for (const seed of seeds) await holdWorkshop(ctx, seed);
}
