import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import * as repo from './competences.repository.js';
import { NEAR, nameSimilarity } from './similarity.js';

export type SimilarCompetence = Awaited<ReturnType<typeof repo.visibleVocabulary>>[number] & {
  similarity: number;
};

type Vocabulary = Awaited<ReturnType<typeof repo.visibleVocabulary>>;

/** The terms of a vocabulary whose name (in any language) or slug is near the one given, nearest first. */
export function nearTerms(vocabulary: Vocabulary, name: string, limit = 5): SimilarCompetence[] {
  return vocabulary
    .map((c) => {
      const names = [c.nameFi, c.nameSv, c.nameEn, c.slug].filter((n): n is string => !!n);
      return { ...c, similarity: Math.max(...names.map((n) => nameSimilarity(name, n))) };
    })
    .filter((c) => c.similarity >= NEAR)
    .sort((a, b) => b.similarity - a.similarity || a.nameFi.localeCompare(b.nameFi, 'fi'))
    .slice(0, limit);
}

/** Competences of the vocabulary the caller may read whose name is near the one given, nearest first. */
export async function similarCompetences(
  db: Database,
  caller: Caller,
  name: string,
  limit = 5,
): Promise<SimilarCompetence[]> {
  return nearTerms(await repo.visibleVocabulary(db, caller), name, limit);
}

/** A competence's theme must be a competence marked as a theme, not itself, and a theme has none. */
export async function checkTheme(db: Database, record: Record<string, unknown>, existingId?: string) {
  const themeId = record.themeId;
  if (typeof themeId !== 'string') return;
  const refuse = (message: string) =>
    new AppError(422, 'invalid_theme', 'The theme cannot be used', [{ path: 'themeId', message }]);
  if (themeId === existingId) throw refuse('A competence cannot be its own theme');
  if (record.isTheme === true) throw refuse('A theme does not stand under another theme');
  const theme = await repo.competenceById(db, themeId);
  if (theme && !theme.isTheme) throw refuse(`${theme.nameFi} is not a theme`);
}

/**
 * Merges a duplicate into the competence that stays: its offers and needs move over (without doubling
 * one the organisation already has), the competences under it as a theme follow, and it is deleted.
 */
export function mergeCompetences(db: Database, caller: Caller, fromId: string, intoId: string, now: Date) {
  if (fromId === intoId)
    throw new AppError(422, 'same_competence', 'A competence cannot be merged into itself');
  return inTransaction(db, async (trx) => {
    const from = await repo.competenceById(trx, fromId);
    const into = await repo.competenceById(trx, intoId);
    if (!from) throw notFound('Competence');
    if (!into) throw new AppError(422, 'unknown_reference', 'The competence to merge into does not exist');
    const counts = await repo.moveOrganisationCompetences(trx, fromId, intoId);
    await repo.moveThemeChildren(trx, fromId, into.isTheme ? intoId : null);
    await repo.deleteCompetence(trx, fromId);
    await audit(
      trx,
      caller,
      {
        action: 'merge',
        entity: 'competences',
        entityId: intoId,
        workspaceId: into.workspaceId,
        outcome: 'ok',
        detail: { merged: { id: from.id, slug: from.slug, nameFi: from.nameFi }, ...counts },
      },
      now,
    );
    return { into, ...counts };
  });
}
