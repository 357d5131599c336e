/**
 * Questionnaires: records of a workspace whose content is written whole and checked by the domain. A
 * version that a round has used is answered and never changes: saving over it writes the next version
 * (decision 011).
 */
import { QUESTIONNAIRE_TEMPLATES } from '../../../domain/questionnaire-templates.js';
import { questionnaireContent, type QuestionnaireContent } from '../../../domain/questionnaires.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound, validationError } from '../../errors.js';
import { chooseWorkspace } from '../../resources/service.js';
import * as repo from './questionnaires.repository.js';
import { readable, writable } from './rounds.access.js';

const ENTITY = 'questionnaires';

/** Content the domain refuses: 422, each problem named by its path in the body. */
function checkedContent(body: unknown): QuestionnaireContent {
  const parsed = questionnaireContent.safeParse(body);
  if (parsed.success) return parsed.data;
  const { details } = validationError(parsed.error.issues);
  throw new AppError(
    422,
    'invalid_content',
    'The questionnaire does not hold together',
    details.map((d) => ({ ...d, path: d.path ? `content.${d.path}` : 'content' })),
  );
}

export async function saveContent(db: Database, actor: string, questionnaireId: string, body: unknown) {
  const content = checkedContent(body);
  return inTransaction(db, async (trx) => {
    const latest = await repo.latestVersionForUpdate(trx, questionnaireId);
    if (latest === undefined) throw notFound('Questionnaire');
    const version = (await repo.versionInUse(trx, questionnaireId, latest)) ? latest + 1 : latest;
    await repo.writeVersion(trx, { questionnaireId, version, content, actor });
    return { version, content };
  });
}

/** The content of a version, as the domain reads it; a stored document that no longer fits is a fault. */
export async function contentOf(
  db: Database,
  questionnaireId: string,
  version: number,
): Promise<QuestionnaireContent> {
  const stored = await repo.versionContent(db, questionnaireId, version);
  if (stored === undefined) throw notFound('Questionnaire version');
  const parsed = questionnaireContent.safeParse(stored);
  if (!parsed.success)
    throw new AppError(500, 'questionnaire_unreadable', 'The stored questionnaire cannot be read');
  return parsed.data;
}

export const readQuestionnaire = async (db: Database, caller: Caller, id: string) =>
  readable(db, caller, ENTITY, await repo.questionnaireById(db, id));

const writableQuestionnaire = async (db: Database, caller: Caller, id: string, action: string) =>
  writable(db, caller, ENTITY, await repo.questionnaireById(db, id, true), action);

export const listQuestionnaires = (db: Database, caller: Caller) => repo.visibleQuestionnaires(db, caller);

export type NewQuestionnaire = repo.QuestionnaireFields & {
  nameFi: string;
  template?: string;
  content?: unknown;
};

function firstContent(input: NewQuestionnaire): QuestionnaireContent {
  if (input.content !== undefined) return checkedContent(input.content);
  const template = QUESTIONNAIRE_TEMPLATES.find((t) => t.key === (input.template ?? 'mapping'));
  if (!template)
    throw new AppError(422, 'unknown_template', 'No such template', [
      { path: 'template', message: 'Unknown template' },
    ]);
  return checkedContent(template.content);
}

/** A new questionnaire with its version 1: the given content, or a template's (the mapping one by default). */
export async function createQuestionnaire(
  db: Database,
  caller: Caller,
  input: NewQuestionnaire,
  workspace: string | undefined,
  now: Date,
) {
  const { template: _template, content: _content, ...fields } = input;
  const content = firstContent(input);
  return inTransaction(db, async (trx) => {
    const workspaceId = await chooseWorkspace(trx, { caller, workspace }, ENTITY);
    const row = await repo.insertQuestionnaire(trx, { ...fields, workspaceId, actor: caller.label });
    await repo.writeVersion(trx, { questionnaireId: row.id, version: 1, content, actor: caller.label });
    await audit(
      trx,
      caller,
      { action: 'create', entity: ENTITY, entityId: row.id, workspaceId, outcome: 'ok' },
      now,
    );
    return row;
  });
}

export function updateQuestionnaire(
  db: Database,
  caller: Caller,
  id: string,
  fields: repo.QuestionnaireFields,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const found = await writableQuestionnaire(trx, caller, id, 'update');
    const row = await repo.updateQuestionnaire(trx, id, fields, caller.label);
    await audit(
      trx,
      caller,
      {
        action: 'update',
        entity: ENTITY,
        entityId: id,
        workspaceId: found.workspaceId,
        outcome: 'ok',
        detail: { fields: Object.keys(fields) },
      },
      now,
    );
    return row;
  });
}

/** A questionnaire goes with its versions, but not while a round asks it (its answers need it). */
export function deleteQuestionnaire(db: Database, caller: Caller, id: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const found = await writableQuestionnaire(trx, caller, id, 'delete');
    if ((await repo.roundCount(trx, id)) > 0)
      throw new AppError(409, 'in_use', 'Rounds ask this questionnaire: delete them first');
    await repo.deleteQuestionnaire(trx, id);
    await audit(
      trx,
      caller,
      { action: 'delete', entity: ENTITY, entityId: id, workspaceId: found.workspaceId, outcome: 'ok' },
      now,
    );
  });
}

/** A version's content (the latest by default) with the list of versions and the rounds that ask each. */
export async function readContent(db: Database, caller: Caller, id: string, version?: number) {
  const q = await readQuestionnaire(db, caller, id);
  const asked = version ?? q.latestVersion;
  const versions = await repo.versionsOf(db, id);
  return {
    version: asked,
    latestVersion: q.latestVersion,
    content: await contentOf(db, id, asked),
    versions: versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt.toISOString(),
      roundCount: Number(v.roundCount),
    })),
  };
}

export async function writeContent(db: Database, caller: Caller, id: string, content: unknown, now: Date) {
  const found = await writableQuestionnaire(db, caller, id, 'update');
  const saved = await saveContent(db, caller.label, id, content);
  await audit(
    db,
    caller,
    {
      action: 'update',
      entity: ENTITY,
      entityId: id,
      workspaceId: found.workspaceId,
      outcome: 'ok',
      detail: { version: saved.version },
    },
    now,
  );
  return { version: saved.version };
}

const COPY_SUFFIX = { fi: ' (kopio)', sv: ' (kopia)', en: ' (copy)' };
const withSuffix = (name: string | null, suffix: string) => (name ? `${name}${suffix}`.slice(0, 300) : name);

/** A new questionnaire in a workspace the caller edits, with the latest content of one they may read. */
export async function copyQuestionnaire(
  db: Database,
  caller: Caller,
  id: string,
  workspace: string | undefined,
  now: Date,
) {
  const source = await readQuestionnaire(db, caller, id);
  const content = await contentOf(db, id, source.latestVersion);
  return createQuestionnaire(
    db,
    caller,
    {
      visibility: source.visibility,
      nameFi: withSuffix(source.nameFi, COPY_SUFFIX.fi)!,
      nameSv: withSuffix(source.nameSv, COPY_SUFFIX.sv),
      nameEn: withSuffix(source.nameEn, COPY_SUFFIX.en),
      descriptionFi: source.descriptionFi,
      descriptionSv: source.descriptionSv,
      descriptionEn: source.descriptionEn,
      privacyNoticeFi: source.privacyNoticeFi,
      privacyNoticeSv: source.privacyNoticeSv,
      privacyNoticeEn: source.privacyNoticeEn,
      lawfulBasis: source.lawfulBasis,
      content,
    },
    workspace,
    now,
  );
}
