/**
 * Live look-up in PRH's YTJ v3 API, and the import of one company found there. The import goes through
 * the same path as a YTJ file (`importYtjItems`): upsert by business ID, source 'ytj', the run as
 * provenance. One client per process holds the request budget (300 a minute by default), so every caller
 * shares it.
 */
import { FormatError } from '../../../formats/format-error.js';
import { YtjClient, type YtjLookup, type YtjSearchPage } from '../../../formats/ytj/index.js';
import type { Caller } from '../../auth/caller.js';
import { editorWorkspaces } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { importYtjItems, type Visibility } from './imports.service.js';
import { visibleOrganisationIds } from './imports.repository.js';
import { importWorkspace, type ImportRun } from './runs.js';

/** What the look-up answers for one company: the register's facts, and the organisation it already is. */
export type YtjHit = {
  businessId: string;
  name: string;
  companyForm: string | null;
  companyFormName: string | null;
  tol2008: string | null;
  tol2025: string | null;
  postCode: string | null;
  postOffice: string | null;
  website: string | null;
  registrationDate: string | null;
  endDate: string | null;
  active: boolean;
  /** The organisation with this business ID the caller can see, if any. */
  organisationId: string | null;
};

export type YtjLookupResult = { totalResults: number | null; page: number; companies: YtjHit[] };

/** Signed in, and an editor somewhere (or an admin): looking up is a step of adding organisations. */
export function requireEditor(caller: Caller) {
  if (caller.kind === 'anonymous') throw new AppError(401, 'unauthenticated', 'Sign in first');
  if (!caller.isAdmin && editorWorkspaces(caller).length === 0)
    throw new AppError(403, 'forbidden', 'Only editors may look companies up in YTJ');
}

/** The client's errors as the API's: the caller's mistake 400, PRH's trouble 502/503/504. */
export function ytjError(error: unknown): unknown {
  if (!(error instanceof FormatError)) return error;
  switch (error.code) {
    case 'invalid_input':
      return new AppError(400, 'validation_failed', error.message);
    case 'rate_limited':
      return new AppError(503, 'ytj_rate_limited', 'PRH asks us to slow down; try again in a minute');
    case 'timeout':
      return new AppError(504, 'ytj_timeout', 'PRH did not answer in time');
    default:
      return new AppError(502, 'ytj_unavailable', `The YTJ service failed: ${error.message}`);
  }
}

function hitOf({ company: c }: YtjLookup): Omit<YtjHit, 'organisationId'> {
  const address = c.addresses.find((a) => a.postCode) ?? c.addresses[0];
  return {
    businessId: c.businessId,
    name: c.name,
    companyForm: c.companyForm?.code ?? null,
    companyFormName: c.companyForm?.names.fi ?? null,
    tol2008: c.tol2008?.code ?? null,
    tol2025: c.tol2025?.code ?? null,
    postCode: address?.postCode ?? null,
    postOffice: address?.postOffice.fi ?? null,
    website: c.website,
    registrationDate: c.registrationDate,
    endDate: c.endDate,
    active: c.status.active,
  };
}

async function withOrganisations(db: Database, caller: Caller, found: YtjLookup[]): Promise<YtjHit[]> {
  const byBusinessId = await visibleOrganisationIds(
    db,
    caller,
    found.map((f) => f.company.businessId),
  );
  return found.map((f) => ({ ...hitOf(f), organisationId: byBusinessId.get(f.company.businessId) ?? null }));
}

export type LookupQuery = { businessId?: string; name?: string; page?: number };

/** One company by business ID, or a page of a name search; for editors only (and the system). */
export async function lookupYtj(
  db: Database,
  client: YtjClient,
  caller: Caller,
  query: LookupQuery,
  signal?: AbortSignal,
): Promise<YtjLookupResult> {
  requireEditor(caller);
  try {
    if (query.businessId) {
      const found = await client.getByBusinessId(query.businessId, signal);
      const companies = await withOrganisations(db, caller, found ? [found] : []);
      return { totalResults: companies.length, page: 1, companies };
    }
    const page: YtjSearchPage = await client.searchByName(query.name ?? '', { page: query.page, signal });
    return {
      totalResults: page.totalResults,
      page: page.page,
      companies: await withOrganisations(db, caller, page.companies),
    };
  } catch (error) {
    throw ytjError(error);
  }
}

export type YtjImportRequest = {
  caller: Caller;
  workspaceId: string;
  businessId: string;
  visibility?: Visibility;
  now?: Date;
};

/** Fetches one company and upserts it like a file import would; the run records it. */
export async function importFromYtj(
  db: Database,
  client: YtjClient,
  r: YtjImportRequest,
  signal?: AbortSignal,
): Promise<ImportRun> {
  let found: YtjLookup | null;
  try {
    found = await client.getByBusinessId(r.businessId, signal);
  } catch (error) {
    throw ytjError(error);
  }
  if (!found) throw new AppError(404, 'not_found', `YTJ has no company ${r.businessId.trim()}`);
  const item = { kind: 'company' as const, index: 0, company: found.company, warnings: found.warnings };
  return importYtjItems(db, [item], {
    ...r,
    entity: 'organisations',
    dryRun: false,
    fileName: `YTJ ${found.company.businessId}`,
  });
}

/** "Import this company": an editor adds or updates it in the workspace they name or edit. */
export async function importCompany(
  db: Database,
  client: YtjClient,
  caller: Caller,
  request: { businessId: string; workspace?: string; visibility?: Visibility },
  now: Date,
): Promise<ImportRun> {
  requireEditor(caller);
  const workspaceId = await importWorkspace(db, caller, request.workspace);
  return importFromYtj(db, client, {
    caller,
    workspaceId,
    businessId: request.businessId,
    visibility: request.visibility,
    now,
  });
}

/** The company must have been created or updated; otherwise 422 with the run's reason. */
export function companyImported(run: ImportRun): ImportRun {
  if (run.state !== 'done' || run.counts.failed > 0)
    throw new AppError(422, 'import_failed', run.message ?? run.errors[0]?.message ?? 'Not imported');
  return run;
}
