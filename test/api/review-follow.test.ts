import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewWorld } from '../support/review.js';

const w = await reviewWorld('seuranta');
const { db, SAHA, XAMK, VIITE, MECHANICS } = w;
const { respondent, mine, acceptAll, relationsFrom, partner } = w;

describe('facts follow their answers', () => {
  it('changes a relation with its strength, takes it back with its tie, and writes it once again', async () => {
    const r = await respondent();
    await r.answer({ partners: [partner(SAHA, 'collaboration', 2)], offers: [{ competenceId: MECHANICS }] });
    await acceptAll(r.id);
    await r.answer({ partners: [partner(SAHA, 'collaboration', 2)] }); // the same again
    await r.answer({ partners: [partner(SAHA, 'collaboration', 5)] });
    const [changed] = await relationsFrom(r.organisationId);
    expect(changed).toMatchObject({ toOrganisationId: SAHA, weight: 5 });

    await r.answer({ partners: null, offers: null });
    expect(await relationsFrom(r.organisationId)).toEqual([]);
    const withdrawn = await mine(r.id, '?status=withdrawn');
    expect(withdrawn.map((p) => [p.kind, p.recordId])).toEqual([
      ['competence', null],
      ['relation', null],
    ]);
    const audited = await db
      .selectFrom('auditLog')
      .select(['action', 'entity'])
      .where('entityId', '=', changed!.id)
      .orderBy('id')
      .execute();
    expect(audited).toEqual([
      { action: 'update', entity: 'relations' },
      { action: 'delete', entity: 'relations' },
    ]);

    await r.answer({ partners: [partner(SAHA, 'collaboration', 3)] });
    expect((await mine(r.id, '?status=pending')).map((p) => p.kind)).toEqual(['relation']);
    await acceptAll(r.id);
    expect(await relationsFrom(r.organisationId)).toEqual([expect.objectContaining({ weight: 3 })]);
  });

  it('keeps an accepted draft organisation when its tie is taken back, and stands for it when named again', async () => {
    const r = await respondent();
    const named = {
      newActor: { name: 'Rantasalmen Rakenne', kind: 'company' },
      kind: 'customer',
      strength: 2,
    };
    await r.answer({ partners: [named] });
    await acceptAll(r.id);
    const actor = (await mine(r.id, '?kind=organisation'))[0]!;
    await r.answer({ partners: null });
    expect((await mine(r.id, '?kind=organisation'))[0]).toMatchObject({
      status: 'withdrawn',
      recordId: actor.recordId,
    });
    await r.answer({ partners: [named] });
    expect((await mine(r.id, '?kind=organisation'))[0]).toMatchObject({
      status: 'accepted',
      recordId: actor.recordId,
    });
    await acceptAll(r.id);
    expect(await relationsFrom(r.organisationId)).toEqual([
      expect.objectContaining({ toOrganisationId: actor.recordId, weight: 2 }),
    ]);
  });

  it('never doubles a relation, however the answers change and are accepted', async () => {
    const partners = [SAHA, XAMK, VIITE];
    const tie = fc.record({
      p: fc.constantFrom(0, 1, 2),
      kind: fc.constantFrom('collaboration', 'customer'),
      strength: fc.integer({ min: 1, max: 5 }),
    });
    const answer = fc.uniqueArray(tie, { selector: (t) => `${t.p}|${t.kind}`, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(answer, fc.boolean()), { minLength: 1, maxLength: 4 }),
        async (steps) => {
          const r = await respondent();
          for (const [ties, accept] of steps) {
            await r.answer({
              partners: ties.length ? ties.map((t) => partner(partners[t.p]!, t.kind, t.strength)) : null,
            });
            if (accept) await acceptAll(r.id);
          }
          await acceptAll(r.id);
          const last = steps.at(-1)![0];
          const relations = await relationsFrom(r.organisationId);
          const key = (to: string, kind: string) => `${to}|${kind}`;
          expect(relations.map((x) => [key(x.toOrganisationId, x.kind), x.weight]).sort()).toEqual(
            last.map((t) => [key(partners[t.p]!, t.kind), t.strength]).sort(),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
