/**
 * Public "Invest in" pages (issue 17): a town, ecosystem or network's page kept by its workspace's
 * editors, published when they say so. Every write is one transaction with its audit entry.
 */
import { ecosystemPath, pathWord } from '../../../domain/public-page-path.js';
import { publicPagePath } from '../../../domain/public-pages.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord } from '../../auth/record-access.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { chooseWorkspace } from '../../resources/service.js';
import { ENTITY, readablePage, writablePage } from './public-pages.access.js';
import * as repo from './public-pages.repository.js';

export type NewPage = repo.PageScope & { path?: string; workspace?: string };

/** An audit entry of a write to the page, written in the write's transaction. */
export const logged = (
  trx: Database,
  caller: Caller,
  action: string,
  page: { id: string; workspaceId: string },
  now: Date,
  detail?: Record<string, unknown>,
) =>
  audit(
    trx,
    caller,
    { action, entity: ENTITY, entityId: page.id, workspaceId: page.workspaceId, outcome: 'ok', detail },
    now,
  );

export const listPages = repo.listPages;

export async function readPage(db: Database, caller: Caller, id: string) {
  return readablePage(db, caller, await repo.findPage(db, id));
}

const scopeError = (message: string) =>
  new AppError(422, 'invalid_reference', message, [{ path: 'scope', message }]);

/**
 * The suggested address of what the page stands for: a town's name, an ecosystem under its town, a
 * network's slug. An ecosystem or network must be one of the workspace's own (its editors keep its page).
 */
async function suggestedPath(trx: Database, caller: Caller, scope: repo.PageScope, workspaceId: string) {
  if (scope.municipalityCode) {
    const town = await repo.findMunicipality(trx, scope.municipalityCode);
    if (!town) throw scopeError('No such municipality');
    return pathWord(town.nameFi);
  }
  const record = scope.ecosystemId
    ? await repo.findEcosystem(trx, scope.ecosystemId)
    : await repo.findNetwork(trx, scope.networkId!);
  const kind = scope.ecosystemId ? 'Ecosystem' : 'Network';
  const found = await readableRecord(trx, caller, record, { entity: ENTITY, name: kind });
  if (found.workspaceId !== workspaceId)
    throw scopeError(`The ${kind.toLowerCase()} belongs to another workspace: its own editors keep its page`);
  return 'townName' in found
    ? ecosystemPath(found.slug, found.townName as string | null)
    : pathWord(found.slug);
}

/** A path in use, or a town, ecosystem or network that has its page already: 409 with which. */
async function checkFree(trx: Database, path: string, exceptId?: string) {
  if (await repo.pathTaken(trx, path, exceptId))
    throw new AppError(409, 'path_taken', `Another public page has the address ${path}`, [
      { path: 'path', message: 'This address is in use; choose another' },
    ]);
}

export async function createPage(db: Database, caller: Caller, input: NewPage, now: Date) {
  const { workspace, path: given, ...scope } = input;
  return inTransaction(db, async (trx) => {
    const workspaceId = await chooseWorkspace(trx, { caller, workspace }, ENTITY);
    const suggested = await suggestedPath(trx, caller, scope, workspaceId);
    const path = given ?? suggested;
    if (!publicPagePath.safeParse(path).success)
      throw new AppError(400, 'invalid_path', 'Give the page an address of lower-case words and dashes', [
        { path: 'path', message: 'Lower-case words joined by dashes; one slash at most' },
      ]);
    const existing = await repo.pageOfScope(trx, scope);
    if (existing)
      throw new AppError(409, 'page_exists', `This already has a public page at ${existing}`, [
        { path: 'scope', message: `A page exists: ${existing}` },
      ]);
    await checkFree(trx, path);
    const { id } = await repo.insertPage(trx, { ...scope, workspaceId, path }, caller.label);
    await logged(trx, caller, 'create', { id, workspaceId }, now, { path });
    return id;
  });
}

export async function updatePage(
  db: Database,
  caller: Caller,
  id: string,
  change: repo.PageChange,
  now: Date,
) {
  await inTransaction(db, async (trx) => {
    const page = await writablePage(trx, caller, await repo.findPage(trx, id, true), 'update');
    if (change.path !== undefined) await checkFree(trx, change.path, id);
    await repo.updatePage(trx, id, change, caller.label);
    await logged(trx, caller, 'update', page, now, { fields: Object.keys(change) });
  });
}

/** Published (who and when are kept) or back to a draft that only its workspace sees. */
export async function setPublished(db: Database, caller: Caller, id: string, publish: boolean, now: Date) {
  await inTransaction(db, async (trx) => {
    const action = publish ? 'publish' : 'unpublish';
    const page = await writablePage(trx, caller, await repo.findPage(trx, id, true), action);
    await repo.setPublished(trx, id, publish ? now : null, caller.label);
    await logged(trx, caller, action, page, now);
  });
}
