import type { ContactSeed } from '../../../../data/demo/types.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';
import { contactsResource } from '../connect/connect.resources.js';
import { logActivity, moveToStage } from '../pipeline/pipeline.service.js';
import { markExampleContacts, userIdByEmail } from './demo.repository.js';
import { DEMO_USERS } from './demo.workspaces.js';

const DAY = 24 * 60 * 60 * 1000;

type PipelineLoader = {
  trx: Database;
  caller: Caller;
  put: (def: ResourceDefinition, input: Row, workspace?: 'iisalmi') => Promise<string>;
  org: (key: string) => string;
  competence: (slug: string) => string;
  now: Date;
};

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The workspace's editor among the demo accounts: the owner of its example cards. */
async function ownerOf(trx: Database, workspace: string) {
  const account = DEMO_USERS.find((u) => u.workspace === workspace && u.role === 'editor');
  return account ? userIdByEmail(trx, account.email) : undefined;
}

/**
 * The example pipeline cards, each private to its workspace, with their log written as the pipeline
 * writes it (a stage change through the move itself), then marked as example data.
 */
export async function loadExampleContacts(l: PipelineLoader, seeds: ContactSeed[]): Promise<number> {
  const ids: string[] = [];
  for (const seed of seeds) {
    const id = await l.put(
      contactsResource,
      {
        organisationId: l.org(seed.org),
        competenceId: l.competence(seed.competence),
        ownerId: await ownerOf(l.trx, seed.workspace),
        stage: 'to_contact',
        reason: seed.reason,
        nextStep: seed.nextStep,
        nextStepOn:
          seed.dueInDays === undefined ? undefined : isoDay(new Date(l.now.getTime() + seed.dueInDays * DAY)),
        visibility: 'private',
      },
      seed.workspace,
    );
    for (const entry of seed.log) {
      const at = new Date(l.now.getTime() - entry.daysAgo * DAY);
      if (entry.kind === 'stage_change')
        await moveToStage(l.trx, l.caller, id, { stage: entry.toStage, note: entry.body || undefined }, at);
      else
        await logActivity(
          l.trx,
          l.caller,
          id,
          { kind: entry.kind, body: entry.body, occurredAt: at.toISOString() },
          at,
        );
    }
    ids.push(id);
  }
  await markExampleContacts(l.trx, ids);
  return ids.length;
}
