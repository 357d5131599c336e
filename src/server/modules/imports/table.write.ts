/**
 * One spreadsheet row into the database through the generic resource service (validation, visibility,
 * workspace rules, cross-table checks and audit all apply): references resolved, the existing record
 * found (by a stable `id` column, the business ID, or the entity's natural key), then create or update.
 */
import {
  rowFailure,
  type ImportEntity,
  type ImportRow,
  type RefKey,
  type RowErrorCode,
  type RowErrorParams,
  type RowFailure,
} from '../../../formats/tabular/index.js';
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { findById, idByFields, idByImportKey, isUuid } from '../../resources/repository.js';
import * as service from '../../resources/service.js';
import type { ResourceDefinition, Row } from '../../resources/types.js';
import {
  organisationCompetencesResource,
  peopleResource,
  personRolesResource,
  relationsResource,
} from '../actors/actors.resources.js';
import { eventsResource } from '../events/events.resources.js';
import { organisationsResource } from '../organisations/organisations.resource.js';
import { isKnownIndustryCode } from '../reference/reference.service.js';
import type { RefResolver, Resolved } from './table.refs.js';

export const RESOURCE_OF: Record<ImportEntity, ResourceDefinition> = {
  organisations: organisationsResource,
  people: peopleResource,
  relations: relationsResource,
  competences: organisationCompetencesResource,
  events: eventsResource,
};

export type WriteTarget = {
  entity: ImportEntity;
  workspaceId: string;
  caller: Caller;
  visibility?: 'private' | 'network' | 'public';
  refs: RefResolver;
  now?: Date;
};

/** A problem with one row, in one column when it is about one field. */
export class RowProblem extends Error {
  readonly code: RowErrorCode;
  readonly params: RowErrorParams;
  constructor(
    failure: RowFailure,
    readonly field: string | null = null,
  ) {
    super(failure.error);
    this.code = failure.code;
    this.params = failure.params;
  }
}

/** Every problem of one row found against the database, each in its column. */
export class RowProblems extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(problems.map((p) => p.message).join('; '));
  }
}

/**
 * The row's data with its references as ids: the create input of the entity. Every reference is looked
 * up, and all that cannot be resolved are thrown together (RowProblems), not only the first.
 */
async function inputOf(row: Pick<ImportRow, 'data' | 'refs'>, t: WriteTarget): Promise<Row> {
  const data: Row = { ...(row.data as Row) };
  const problems: RowProblem[] = [];
  const ref = (name: string) => row.refs[name] as RefKey | undefined;
  const need = async (name: string, find: (key: RefKey) => Promise<Resolved>) => {
    const key = ref(name);
    const r = key && (await find(key));
    if (r && 'error' in r) problems.push(new RowProblem(r, name));
    return r && 'id' in r ? r.id : undefined;
  };
  const organisation = (key: RefKey) => t.refs.organisation(key);
  if (ref('municipality')) data.municipalityCode = await need('municipality', (k) => t.refs.municipality(k));
  if (t.entity === 'relations') {
    data.fromOrganisationId = await need('from', organisation);
    data.toOrganisationId = await need('to', organisation);
    if (data.fromOrganisationId && data.fromOrganisationId === data.toOrganisationId)
      problems.push(
        new RowProblem(rowFailure('same_organisation', 'a relation joins two different organisations'), 'to'),
      );
  }
  // A person's organisation is linked after the person is written; it is checked with the rest here.
  if (t.entity === 'people') await need('organisation', organisation);
  if (t.entity === 'competences') {
    data.organisationId = await need('organisation', organisation);
    const c = ref('competence');
    const found = c ? await t.refs.competence(c) : undefined;
    if (c && found && 'id' in found) {
      data.competenceId = found.id;
      // The tag was only the competence as written; the vocabulary entry replaces it.
      if (data.tag === c.value.slice(0, 100)) data.tag = null;
    }
  }
  if (t.entity === 'events' && ref('project'))
    data.projectId = await need('project', (k) => t.refs.project(k));
  if (problems.length > 0) throw new RowProblems(problems);
  return data;
}

/**
 * The database's checks of a row that already failed the file's own checks, on what its good cells
 * said: its references, and an organisation's industry code. So a row lists every problem at once.
 */
export async function databaseProblems(
  db: Database,
  read: Pick<ImportRow, 'data' | 'refs'>,
  t: WriteTarget,
): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  try {
    await inputOf(read, t);
  } catch (error) {
    if (!(error instanceof RowProblems)) throw error;
    problems.push(...error.problems);
  }
  const tolCode = (read.data as Row).tolCode;
  if (
    t.entity === 'organisations' &&
    typeof tolCode === 'string' &&
    !(await isKnownIndustryCode(db, tolCode))
  )
    problems.push(new RowProblem(unknownIndustry(tolCode), 'tolCode'));
  return problems;
}

/** A TOL code the installation's industry classification does not have. */
export const unknownIndustry = (code: string) =>
  rowFailure('invalid_industry_code', `'${code}' is not a TOL 2008 industry code`, { value: code });

/** Natural keys besides `id` and the business ID: the same relation, competence or event again. */
const NATURAL_KEYS: Partial<Record<ImportEntity, string[]>> = {
  relations: ['fromOrganisationId', 'toOrganisationId', 'kind'],
  competences: ['organisationId', 'direction', 'competenceId', 'tag'],
  events: ['titleFi', 'startsAt'],
};

async function existingId(db: Database, row: ImportRow, input: Row, t: WriteTarget) {
  const def = RESOURCE_OF[t.entity];
  const key = row.match.id;
  if (key && isUuid(key)) {
    const found = await findById(db, def, key);
    // An id of a record the caller may not see is just a key of their file, like any other.
    if (found && canRead(t.caller, found)) return String(found.id);
  }
  if (key) {
    const mapped = await idByImportKey(db, def, {
      workspaceId: t.workspaceId,
      entity: t.entity,
      externalId: key,
    });
    if (mapped) return mapped;
  }
  if (row.match.businessId) {
    const found = await db
      .selectFrom('organisations')
      .select(['id', 'workspaceId', 'visibility'])
      .where('businessId', '=', row.match.businessId)
      .executeTakeFirst();
    if (found && !canRead(t.caller, found))
      throw new RowProblem(
        rowFailure(
          'business_id_elsewhere',
          'this business ID belongs to an organisation of another workspace',
          { value: row.match.businessId },
        ),
        'businessId',
      );
    if (found) return String(found.id);
  }
  const natural = NATURAL_KEYS[t.entity];
  if (natural && !key) {
    const fields = Object.fromEntries(natural.map((field) => [field, input[field] ?? null]));
    const found = await idByFields(db, def, t.caller, t.workspaceId, fields);
    if (found) return found;
  }
  return undefined;
}

/** Writes one row; returns whether it created or updated a record. Throws RowProblem or AppError. */
export async function writeRow(db: Database, row: ImportRow, t: WriteTarget): Promise<'created' | 'updated'> {
  const def = RESOURCE_OF[t.entity];
  const input = await inputOf(row, t);
  const ctx = { caller: t.caller, workspace: t.workspaceId, now: t.now };
  const id = await existingId(db, row, input, t);
  let recordId: string;
  if (id) {
    await service.update(db, def, id, input, ctx);
    recordId = id;
  } else {
    if (t.visibility) input.visibility = t.visibility;
    recordId = String((await service.create(db, def, input, ctx)).id);
  }
  if (row.match.id && row.match.id !== recordId) {
    await db
      .insertInto('importKeys')
      .values({ workspaceId: t.workspaceId, entity: t.entity, externalId: row.match.id, recordId })
      .onConflict((oc) => oc.columns(['workspaceId', 'entity', 'externalId']).doUpdateSet({ recordId }))
      .execute();
  }
  if (t.entity === 'people') await linkPerson(db, recordId, row, t);
  return id ? 'updated' : 'created';
}

/** A person row naming an organisation gets a role there (once), marked as contact when the row says so. */
async function linkPerson(db: Database, personId: string, row: ImportRow, t: WriteTarget) {
  const ref = row.refs.organisation as RefKey | undefined;
  if (!ref) return;
  const found = await t.refs.organisation(ref);
  if ('error' in found) throw new RowProblem(found, 'organisation');
  const organisationId = found.id;
  const existing = await db
    .selectFrom('personRoles')
    .select('id')
    .where('personId', '=', personId)
    .where('organisationId', '=', organisationId)
    .executeTakeFirst();
  const isContact = typeof row.extra.isContact === 'boolean' ? row.extra.isContact : undefined;
  const ctx = { caller: t.caller, workspace: t.workspaceId, now: t.now };
  if (existing) {
    if (isContact !== undefined)
      await service.update(db, personRolesResource, String(existing.id), { isContact }, ctx);
    return;
  }
  const title = (row.data as Row).title;
  await service.create(
    db,
    personRolesResource,
    {
      personId,
      organisationId,
      title: typeof title === 'string' && title ? title : 'Yhteyshenkilö',
      ...(isContact !== undefined ? { isContact } : {}),
      ...(t.visibility ? { visibility: t.visibility } : {}),
    },
    ctx,
  );
}

/** Refuses early what the service would refuse for every row. */
export function checkTarget(t: Pick<WriteTarget, 'entity' | 'visibility' | 'caller' | 'workspaceId'>) {
  if (t.entity === 'people' && t.visibility === 'public')
    throw new AppError(400, 'validation_failed', 'Personal data is never public', [
      { path: 'visibility', message: 'Use private or network' },
    ]);
  if (!canWrite(t.caller, t.workspaceId))
    throw new AppError(403, 'forbidden', 'You cannot add records to this workspace');
}
