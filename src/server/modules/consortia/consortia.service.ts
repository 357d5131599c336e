/**
 * Consortia (issue 15): gathered by a workspace's editors for a funding call, checked against its rules,
 * exported for the application and turned into the project's roles in one step. Every write is one
 * transaction with its audit entry.
 */
import type { ConsortiumPartnerChange, ConsortiumPartnerInput } from '../../../domain/consortia.js';
import { storedCallRules } from '../../../domain/projects.js';
import { consortiumDocx, consortiumXlsx, type ConsortiumFile } from '../../../reports/consortium.js';
import type { Language } from '../../../reports/labels.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import * as resources from '../../resources/service.js';
import { projectRolesResource, projectsResource } from '../projects/projects.resources.js';
import { readableRecord as visible } from '../../auth/record-access.js';
import { CONSORTIUM, ENTITY, writable } from './consortia.access.js';
import { checkedRules } from './consortia.check.js';
import * as repo from './consortia.repository.js';

const CALL = { entity: 'funding-calls', name: 'Funding call' };
const PROJECT = { entity: 'projects', name: 'Project' };
const ORGANISATION = { entity: 'organisations', name: 'Organisation' };
const PERSON = { entity: 'people', name: 'Person' };

type Visibility = 'private' | 'network' | 'public';
export type NewConsortium = {
  name: string;
  fundingCallId: string;
  projectId?: string | null;
  notes?: string | null;
  visibility?: Visibility;
  partners?: ConsortiumPartnerInput[];
};
export type ConsortiumChange = Partial<Omit<NewConsortium, 'fundingCallId' | 'partners'>>;

const logged =
  (caller: Caller, action: string, row: repo.ConsortiumRow, now: Date, detail?: Record<string, unknown>) =>
  (db: Database) =>
    audit(
      db,
      caller,
      { action, entity: ENTITY, entityId: row.id, workspaceId: row.workspaceId, outcome: 'ok', detail },
      now,
    );

export async function readConsortium(db: Database, caller: Caller, id: string) {
  const row = await visible(db, caller, await repo.findConsortium(db, id), CONSORTIUM);
  const call = (await repo.findFundingCall(db, row.fundingCallId))!;
  const notes = noteIndexes(call.rules);
  const ticks = (await repo.ruleTicksOf(db, row.id)).filter((t) => notes.has(t.ruleIndex));
  return { row, call, partners: await repo.partnersOf(db, row.id), ticks };
}

/** The places of the call's free-text rules among its rules, as the check numbers them. */
const noteIndexes = (rules: unknown) =>
  new Set(storedCallRules(rules).flatMap((r, i) => (r.kind === 'note' ? [i] : [])));

export async function createConsortium(
  db: Database,
  caller: Caller,
  input: NewConsortium & { workspace?: string },
  now: Date,
) {
  const { partners = [], workspace, ...values } = input;
  return inTransaction(db, async (trx) => {
    const workspaceId = await resources.chooseWorkspace(trx, { caller, workspace }, ENTITY);
    await visible(trx, caller, await repo.placement(trx, 'fundingCalls', values.fundingCallId), CALL);
    if (values.projectId)
      await visible(trx, caller, await repo.placement(trx, 'projects', values.projectId), PROJECT);
    const row = await repo.insertConsortium(trx, { ...values, workspaceId }, caller.label);
    for (const partner of partners) await addOne(trx, caller, row.id, partner);
    await logged(caller, 'create', row, now, { partners: partners.length })(trx);
    return row;
  });
}

export async function updateConsortium(
  db: Database,
  caller: Caller,
  id: string,
  change: ConsortiumChange,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    await writable(trx, caller, await repo.findConsortium(trx, id, true), 'update');
    if (change.projectId)
      await visible(trx, caller, await repo.placement(trx, 'projects', change.projectId), PROJECT);
    const row = await repo.updateConsortium(trx, id, change, caller.label);
    await logged(caller, 'update', row, now, { fields: Object.keys(change) })(trx);
    return row;
  });
}

export async function deleteConsortium(db: Database, caller: Caller, id: string, now: Date) {
  await inTransaction(db, async (trx) => {
    const row = await writable(trx, caller, await repo.findConsortium(trx, id, true), 'delete');
    await repo.removeConsortium(trx, id);
    await logged(caller, 'delete', row, now)(trx);
  });
}

/** An organisation or contact person the caller cannot see is "not found", as if it did not exist. */
async function addOne(trx: Database, caller: Caller, consortiumId: string, partner: ConsortiumPartnerInput) {
  await visible(
    trx,
    caller,
    await repo.placement(trx, 'organisations', partner.organisationId),
    ORGANISATION,
  );
  if (partner.contactPersonId)
    await visible(trx, caller, await repo.placement(trx, 'people', partner.contactPersonId), PERSON);
  await repo.insertPartner(trx, { consortiumId, ...partner }, caller.label);
}

/** A change to the partners or ticks: one transaction, the consortium touched and the change audited. */
function partnerWrite(
  db: Database,
  caller: Caller,
  id: string,
  now: Date,
  write: (trx: Database, row: repo.ConsortiumRow) => Promise<Record<string, unknown>>,
) {
  return inTransaction(db, async (trx) => {
    const row = await writable(trx, caller, await repo.findConsortium(trx, id, true), 'update');
    const detail = await write(trx, row);
    await repo.touchConsortium(trx, id, caller.label);
    await logged(caller, 'update', row, now, detail)(trx);
  });
}

export function addPartner(
  db: Database,
  caller: Caller,
  id: string,
  partner: ConsortiumPartnerInput,
  now: Date,
) {
  return partnerWrite(db, caller, id, now, async (trx) => {
    await addOne(trx, caller, id, partner);
    return { added: partner.organisationId, role: partner.role };
  });
}

const notAPartner = () =>
  new AppError(404, 'not_found', 'The organisation is not a partner of this consortium');

export function changePartner(
  db: Database,
  caller: Caller,
  id: string,
  organisationId: string,
  change: ConsortiumPartnerChange,
  now: Date,
) {
  return partnerWrite(db, caller, id, now, async (trx) => {
    if (change.contactPersonId)
      await visible(trx, caller, await repo.placement(trx, 'people', change.contactPersonId), PERSON);
    if (!(await repo.updatePartner(trx, id, organisationId, change))) throw notAPartner();
    return { changed: organisationId, fields: Object.keys(change) };
  });
}

export function removePartner(db: Database, caller: Caller, id: string, organisationId: string, now: Date) {
  return partnerWrite(db, caller, id, now, async (trx) => {
    if (!(await repo.removePartner(trx, id, organisationId))) throw notAPartner();
    return { removed: organisationId };
  });
}

/**
 * A free-text rule of the call ticked (seen to by the editors) or the tick taken away. Only a free-text
 * rule can be ticked: the others the check judges itself.
 */
export function tickRule(
  db: Database,
  caller: Caller,
  id: string,
  tick: { index: number; ticked: boolean },
  now: Date,
) {
  return partnerWrite(db, caller, id, now, async (trx, row) => {
    const call = (await repo.findFundingCall(trx, row.fundingCallId))!;
    if (!noteIndexes(call.rules).has(tick.index))
      throw new AppError(404, 'not_found', 'The call has no free-text rule at this place');
    const by = { label: caller.label, userId: caller.userId, at: now };
    await repo.setRuleTick(trx, { consortiumId: id, ruleIndex: tick.index }, tick.ticked, by);
    return { rule: tick.index, ticked: tick.ticked };
  });
}

export async function checkRules(db: Database, caller: Caller, id: string) {
  const { row, call, partners } = await readConsortium(db, caller, id);
  return checkedRules(db, caller, row, call, partners);
}

type ResourceContext = { caller: Caller; workspace: string; now: Date };

/** The consortium's project linked to the call, created (planned, on the call's themes) when it has none. */
async function linkedProject(
  trx: Database,
  row: repo.ConsortiumRow,
  call: { id: string; themes: string[] },
  ctx: ResourceContext,
) {
  const made = row.projectId
    ? await resources.update(trx, projectsResource, row.projectId, { fundingCallId: call.id }, ctx)
    : await resources.create(
        trx,
        projectsResource,
        {
          nameFi: row.name,
          fundingCallId: call.id,
          themes: call.themes,
          status: 'planned',
          visibility: row.visibility,
        },
        ctx,
      );
  return String(made.id);
}

/**
 * The consortium becomes the project's roles in one step: the project (linked to the call) is created
 * when the consortium has none, and each partner's role it does not yet have is added. All or nothing.
 */
export async function intoProject(db: Database, caller: Caller, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const row = await writable(trx, caller, await repo.findConsortium(trx, id, true), 'update');
    const call = (await repo.findFundingCall(trx, row.fundingCallId))!;
    const ctx = { caller, workspace: row.workspaceId, now };
    const projectId = await linkedProject(trx, row, call, ctx);
    const existing = await repo.projectRoleKeys(trx, projectId);
    const missing = (await repo.partnersOf(trx, id)).filter(
      (p) => !existing.has(`${p.organisationId}:${p.role}`),
    );
    for (const p of missing)
      await resources.create(
        trx,
        projectRolesResource,
        { projectId, organisationId: p.organisationId, role: p.role },
        ctx,
      );
    await repo.updateConsortium(trx, id, { projectId }, caller.label);
    await logged(caller, 'update', row, now, { project: projectId, rolesAdded: missing.length })(trx);
    return { projectId, rolesAdded: missing.length };
  });
}

export async function consortiumFile(
  db: Database,
  caller: Caller,
  id: string,
  format: 'xlsx' | 'docx',
  lang: Language,
) {
  const { row, call, partners } = await readConsortium(db, caller, id);
  const name = (p: { nameFi: string; nameSv: string | null; nameEn: string | null }) =>
    (lang === 'sv' ? p.nameSv : lang === 'en' ? p.nameEn : null) ?? p.nameFi;
  const file: ConsortiumFile = {
    name: row.name,
    call: name({ nameFi: call.titleFi, nameSv: call.titleSv, nameEn: call.titleEn }),
    deadlineAt: call.deadlineAt.toISOString(),
    partners: partners.map((p) => ({ ...p, name: name(p) })),
  };
  const body = await (format === 'xlsx' ? consortiumXlsx(file, lang) : consortiumDocx(file, lang));
  return { body, contentType: CONTENT_TYPES[format], fileName: `consortium-${lang}.${format}` };
}
