import { describe, expect, it } from 'vitest';
import { proposalChanges, proposalsFrom } from './answer-proposals.js';
import { MAPPING_TEMPLATE } from './questionnaire-templates.js';
import { answerProblems, questionnaireContent } from './questionnaires.js';

const CONTENT = questionnaireContent.parse(MAPPING_TEMPLATE.content);
const XAMK = '0b6f1c2e-4d8a-4c1b-9f3e-2a7d5e6f8a90';
const PUU = '1c7a2d3e-5e9b-4d2c-8a4f-3b8e6f7a9b01';

const ANSWERS = {
  role: ['developer'],
  partners: [
    { organisationId: XAMK, kind: 'collaboration', strength: 4 },
    {
      newActor: { name: 'Saimaan  Puutyö Oy', municipalityCode: '740', kind: 'company' },
      kind: 'supply_chain',
      strength: 2,
    },
  ],
  offers: [{ competenceId: PUU }, { name: 'Puurakentaminen' }],
  needs: [{ name: 'vetytalous' }],
  strengths: 'Vahva puuosaaminen',
};

describe('proposals from answers', () => {
  it('proposes a tie per partner, a new actor with its tie, and each competence with its direction', () => {
    expect(answerProblems(CONTENT, ANSWERS, 'submit')).toEqual([]);
    expect(proposalsFrom(CONTENT, ANSWERS).map((p) => [p.kind, p.target])).toEqual([
      ['competence', `offer:id:${PUU}`],
      ['competence', 'offer:name:puurakentaminen'],
      ['competence', 'need:name:vetytalous'],
      ['relation', `org:${XAMK}|collaboration`],
      ['organisation', 'name:saimaan puutyö oy'],
      ['relation', 'name:saimaan puutyö oy|supply_chain'],
    ]);
  });

  it('keeps the same targets when the same answer comes again, however it is spelt', () => {
    const again = {
      ...ANSWERS,
      partners: [
        ANSWERS.partners[0],
        { newActor: { name: 'saimaan puutyö oy', kind: 'company' }, kind: 'supply_chain', strength: 2 },
      ],
    };
    const { added, withdrawn } = proposalChanges(
      proposalsFrom(CONTENT, ANSWERS),
      proposalsFrom(CONTENT, again),
    );
    expect([added, withdrawn]).toEqual([[], []]);
  });

  it('tells a changed answer: what is added, what changed, what is withdrawn', () => {
    const changed = {
      ...ANSWERS,
      partners: [{ organisationId: XAMK, kind: 'collaboration', strength: 5 }],
      needs: [{ name: 'vetytalous' }, { name: 'robotiikka' }],
    };
    const diff = proposalChanges(proposalsFrom(CONTENT, ANSWERS), proposalsFrom(CONTENT, changed));
    expect(diff.added.map((p) => p.target)).toEqual(['need:name:robotiikka']);
    expect(diff.changed.map((p) => [p.target, p.payload])).toEqual([
      [`org:${XAMK}|collaboration`, { toOrganisationId: XAMK, relationKind: 'collaboration', strength: 5 }],
    ]);
    expect(diff.withdrawn.map((p) => p.target)).toEqual([
      'name:saimaan puutyö oy',
      'name:saimaan puutyö oy|supply_chain',
    ]);
  });

  it('does not take a payload read back with its keys in another order for a change', () => {
    const made = proposalsFrom(CONTENT, ANSWERS);
    const stored = made.map((p) => ({
      ...p,
      payload: Object.fromEntries(Object.entries(p.payload).reverse()),
    }));
    expect(proposalChanges(stored as typeof made, made).changed).toEqual([]);
  });

  it('names a new actor by its business ID when it has one', () => {
    const answers = {
      partners: [
        {
          newActor: { name: 'X Oy', businessId: '0737546-2', kind: 'company' },
          kind: 'customer',
          strength: 1,
        },
      ],
    };
    expect(proposalsFrom(CONTENT, answers).map((p) => p.target)).toEqual([
      'bid:0737546-2',
      'bid:0737546-2|customer',
    ]);
  });
});
