/**
 * Report documents of situational pictures (issue 14): created from the written picture, changed by the
 * workspace's editors one versioned save at a time, regenerated without touching their words, published.
 */
import { buildPicture } from '../../../analysis/picture.js';
import type { Picture, ScopeKind } from '../../../analysis/picture.schema.js';
import type { WrittenPicture } from '../../../reports/findings.schema.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { leastReader } from '../../auth/readers.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { chooseWorkspace } from '../../resources/service.js';
import { proposalsOf } from '../pictures/picture.repository.js';
import type { ReportFormat } from '../../../reports/picture-report.js';
import { loadPictureInput, renderPictureReport, writtenPictureOf } from '../pictures/picture.service.js';
import { toWrittenPicture } from './written.js';
import {
  applyChange,
  ChangeRefused,
  changeSummary,
  documentFrom,
  regenerate,
  type ReportChange,
  type ReportContent,
} from './document.js';
import { ENTITY, readable, sameVersion, writable } from './reports.access.js';
import {
  findReport,
  insertReport,
  insertVersion,
  removeReport,
  updateReport,
  type Language,
  type ReportUpdate,
  type ReportWithContent,
  type VersionChange,
  type Visibility,
} from './reports.repository.js';

/** Writes the picture's findings in one language; tests give their own. */
/** Writes the picture's text; the default is the generator (tests give their own). */
export type Writer = (picture: Picture, language: Language) => WrittenPicture | Promise<WrittenPicture>;

const day = (now: Date) => now.toISOString().slice(0, 10);

/**
 * The picture as every reader of the document sees the scope (not as its editor does), so no reader
 * finds in the text a record they could not read; and its written findings.
 */
async function generate(
  db: Database,
  at: { scope: ScopeKind; id: string; workspaceId: string; visibility: Visibility; language: Language },
  now: Date,
  write?: Writer,
) {
  const readers = await leastReader(db, at.workspaceId, at.visibility);
  const picture = buildPicture(await loadPictureInput(db, at.scope, at.id, readers, day(now)));
  const written = write
    ? await write(picture, at.language)
    : await writtenPictureOf(db, readers, picture, at.language, day(now));
  return { picture, readers, written };
}

const SUFFIX = { fi: 'Fi', sv: 'Sv', en: 'En' } as const;

/**
 * The development proposals the workspace wrote for the scope before report documents existed
 * (picture-proposals) come along as editors' proposals, so nothing written there is lost.
 */
async function withWrittenProposals(
  db: Database,
  readers: Caller,
  scope: ScopeKind,
  keys: string[],
  start: { content: ReportContent; language: Language; who: { by: string; at: string } },
) {
  const rows = await proposalsOf(db, readers, scope, keys);
  const s = SUFFIX[start.language];
  return rows.reduce(
    (content, r) =>
      applyChange(
        content,
        {
          action: 'addProposal',
          kind: 'developmentTarget',
          title: r[`title${s}`] ?? r.titleFi,
          text: r[`body${s}`] ?? r.bodyFi ?? '',
        },
        start.who,
      ),
    start.content,
  );
}

export type NewReportRequest = {
  scope: ScopeKind;
  id: string;
  language: Language;
  visibility: Visibility;
  workspace?: string;
};

export async function createReport(
  db: Database,
  caller: Caller,
  request: NewReportRequest,
  now: Date,
  write?: Writer,
) {
  const workspaceId = await chooseWorkspace(db, { caller, workspace: request.workspace }, ENTITY);
  const at = { ...request, workspaceId };
  const { picture, readers, written } = await generate(db, at, now, write);
  const content = await withWrittenProposals(db, readers, request.scope, [request.id, picture.scope.id], {
    content: documentFrom(written),
    language: request.language,
    who: { by: caller.label, at: now.toISOString() },
  });
  return inTransaction(db, async (trx) => {
    const row = await insertReport(trx, {
      scopeKind: request.scope,
      scopeId: picture.scope.id,
      scopeName: picture.scope.name,
      language: request.language,
      workspaceId,
      visibility: request.visibility,
      createdBy: caller.label,
      content,
      at: now,
    });
    await insertVersion(trx, {
      reportId: row.id,
      version: 1,
      content,
      change: { action: 'create' },
      by: caller.label,
      at: now,
    });
    await audit(
      trx,
      caller,
      { action: 'create', entity: ENTITY, entityId: row.id, workspaceId, outcome: 'ok' },
      now,
    );
    return row;
  });
}

export async function readReport(db: Database, caller: Caller, id: string) {
  return readable(db, caller, await findReport(db, id));
}

/** Stores the document as its next version, with who, when and what changed, and audits it. */
export async function saveVersion(
  trx: Database,
  caller: Caller,
  report: ReportWithContent,
  next: { content: ReportContent; change: VersionChange } & Partial<ReportUpdate>,
  now: Date,
) {
  const version = report.version + 1;
  const { change, ...update } = next;
  const saved = await updateReport(trx, report.id, { ...update, version, by: caller.label, at: now });
  await insertVersion(trx, {
    reportId: report.id,
    version,
    content: next.content,
    change,
    by: caller.label,
    at: now,
  });
  await audit(
    trx,
    caller,
    {
      action: 'update',
      entity: ENTITY,
      entityId: report.id,
      workspaceId: report.workspaceId,
      outcome: 'ok',
      detail: change,
    },
    now,
  );
  return saved;
}

/** The report locked for this write, when the caller may write it and saw its latest version. */
export async function lockedForWrite(
  trx: Database,
  caller: Caller,
  id: string,
  action: string,
  seen?: number,
) {
  const report = await writable(trx, caller, await findReport(trx, id, true), action);
  if (seen !== undefined) sameVersion(report.version, seen);
  return report;
}

export function refusedAs422<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ChangeRefused)
      throw new AppError(422, e.code, e.message, [{ path: e.path, message: e.message }]);
    throw e;
  }
}

export async function changeReport(
  db: Database,
  caller: Caller,
  id: string,
  request: { version: number; change: ReportChange },
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const report = await lockedForWrite(trx, caller, id, 'update', request.version);
    const who = { by: caller.label, at: now.toISOString() };
    const content = refusedAs422(() => applyChange(report.content, request.change, who));
    return saveVersion(trx, caller, report, { content, change: changeSummary(request.change, content) }, now);
  });
}

/**
 * Recomputes the picture and brings the document up to it. The picture is computed outside the
 * transaction (it takes a while); the merge works on the document as it is when the lock is taken, so an
 * edit saved meanwhile is kept too.
 */
export async function recomputeReport(db: Database, caller: Caller, id: string, now: Date, write?: Writer) {
  const seen = await writable(db, caller, await findReport(db, id), 'update');
  const at = {
    scope: seen.scopeKind,
    id: seen.scopeId,
    workspaceId: seen.workspaceId,
    visibility: seen.visibility,
    language: seen.language,
  };
  const { written } = await generate(db, at, now, write);
  return inTransaction(db, async (trx) => {
    const report = await lockedForWrite(trx, caller, id, 'update');
    const { content, ...what } = regenerate(report.content, written);
    return saveVersion(
      trx,
      caller,
      report,
      { content, change: { action: 'recompute', ...what }, generatedAt: now },
      now,
    );
  });
}

export async function publishReport(
  db: Database,
  caller: Caller,
  id: string,
  request: { version: number; published: boolean },
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const report = await lockedForWrite(trx, caller, id, 'update', request.version);
    const published = request.published ? { at: now, by: caller.label } : null;
    const change = { action: request.published ? 'publish' : 'unpublish' };
    return saveVersion(trx, caller, report, { content: report.content, change, published }, now);
  });
}

/** Removes a report and its history; goals and actions accepted from it stay, without the link. */
export async function deleteReport(db: Database, caller: Caller, id: string, now: Date) {
  await inTransaction(db, async (trx) => {
    const report = await lockedForWrite(trx, caller, id, 'delete');
    await removeReport(trx, report.id);
    await audit(
      trx,
      caller,
      {
        action: 'delete',
        entity: ENTITY,
        entityId: report.id,
        workspaceId: report.workspaceId,
        outcome: 'ok',
      },
      now,
    );
  });
}

/**
 * The edited report as a file in the document's language: the editors' text (visible sections in their
 * order) over today's figures as every reader of the document sees the scope.
 */
export async function exportReport(
  db: Database,
  caller: Caller,
  id: string,
  format: ReportFormat,
  now: Date,
) {
  const report = await readReport(db, caller, id);
  const readers = await leastReader(db, report.workspaceId, report.visibility as Visibility);
  const scope = report.scopeKind as ScopeKind;
  const picture = buildPicture(await loadPictureInput(db, scope, report.scopeId, readers, day(now)));
  const written = toWrittenPicture(report.content, report.language as Language);
  const file = await renderPictureReport(picture, written, format, []);
  const fileName = `raportti-${scope}-${report.scopeId}-${report.language}.${format}`.replace(
    /[^A-Za-z0-9._-]/g,
    '_',
  );
  return { ...file, fileName };
}
