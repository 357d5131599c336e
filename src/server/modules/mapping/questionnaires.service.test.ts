import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { mayRound, workspaceWithQuestionnaire } from '../../../../test/support/mapping.js';
import { MAPPING_TEMPLATE } from '../../../domain/questionnaire-templates.js';
import type { AppError } from '../../errors.js';
import { contentOf, saveContent } from './questionnaires.service.js';

const { db } = await testDatabase();

const q = await workspaceWithQuestionnaire(db, 'kyselyt');
const questionnaire = { id: q.questionnaireId };

const versions = async () =>
  (
    await db
      .selectFrom('questionnaireVersions')
      .select('version')
      .where('questionnaireId', '=', questionnaire.id)
      .orderBy('version')
      .execute()
  ).map((v) => v.version);

describe('saving a questionnaire', () => {
  it('rewrites a version no round has used, and writes the next one over a used version', async () => {
    const first = await saveContent(db, 'tester', questionnaire.id, MAPPING_TEMPLATE.content);
    expect(first.version).toBe(1);
    const again = await saveContent(db, 'tester', questionnaire.id, MAPPING_TEMPLATE.content);
    expect([again.version, await versions()]).toEqual([1, [1]]);

    await mayRound(db, q);
    const changed = structuredClone(MAPPING_TEMPLATE.content);
    changed.sections[0]!.title.fi = 'Nykytila (muutettu)';
    const second = await saveContent(db, 'tester', questionnaire.id, changed);
    expect([second.version, await versions()]).toEqual([2, [1, 2]]);
    expect((await contentOf(db, questionnaire.id, 1)).sections[0]?.title.fi).toBe('Ekosysteemin nykytila');
    expect((await contentOf(db, questionnaire.id, 2)).sections[0]?.title.fi).toBe('Nykytila (muutettu)');
  });

  it('refuses content the domain refuses, and writes nothing', async () => {
    const before = await versions();
    const broken = {
      sections: [
        { key: 's', title: { fi: 's' }, questions: [{ key: 'a', type: 'slider', label: { fi: 'a' } }] },
      ],
    };
    const error = (await saveContent(db, 'tester', questionnaire.id, broken).catch(
      (e: unknown) => e,
    )) as AppError;
    expect([error.status, error.code]).toEqual([422, 'invalid_content']);
    expect(await versions()).toEqual(before);
  });
});
