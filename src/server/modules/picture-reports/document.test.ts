import { describe, expect, it } from 'vitest';
import { FINDING_SECTION_KEYS, type WrittenPicture } from '../../../reports/findings.schema.js';
import {
  applyChange,
  ChangeRefused,
  documentFrom,
  regenerate,
  storedContent,
  type ReportChange,
} from './document.js';
import { toWrittenPicture } from './written.js';

const WHO = { by: 'user:1', at: '2026-06-01T09:00:00.000Z' };

const picture = (proposalKeys: string[], wording = 'a'): WrittenPicture => ({
  language: 'fi',
  sections: FINDING_SECTION_KEYS.map((key) => ({
    key,
    title: key,
    sentences: [{ text: `${key} ${wording}`, evidence: [] }],
    proposals:
      key === 'developmentTargets'
        ? proposalKeys.map((k) => ({ key: k, kind: 'developmentTarget', title: k, text: k, evidence: [] }))
        : [],
    fingerprint: `${key}-${wording}`,
  })),
  methods: { plain: [], technical: [] },
});

const apply = (changes: ReportChange[], from = documentFrom(picture(['dt:1', 'dt:2']))) =>
  changes.reduce((doc, c) => applyChange(doc, c, WHO), from);

describe('a report document', () => {
  it("keeps the editors' own sections and their order through a recomputation", () => {
    const doc = apply([
      { action: 'addSection', title: 'Oma', text: 'Oma teksti' },
      { action: 'moveSection', section: 'editor-1', to: 0 },
      { action: 'moveSection', section: 'glance', to: 99 },
    ]);
    const next = regenerate(doc, picture(['dt:1'], 'b')).content;
    expect(next.sections.map((s) => s.key)).toEqual([
      'editor-1',
      ...FINDING_SECTION_KEYS.filter((k) => k !== 'glance'),
      'glance',
    ]);
    expect(next.sections[0]).toMatchObject({ edit: { text: 'Oma teksti' }, evidenceChanged: false });
    expect(next.sections.at(-1)?.generated?.sentences[0]?.text).toBe('glance b');
  });

  it('refuses a rejection without a reason, a change without words and a section that is not there', () => {
    const refused = (c: ReportChange) => {
      try {
        apply([c]);
        return null;
      } catch (e) {
        return e instanceof ChangeRefused ? e.code : 'other';
      }
    };
    expect(refused({ action: 'decideProposal', proposal: 'dt:1', decision: 'rejected' })).toBe(
      'reason_required',
    );
    expect(refused({ action: 'decideProposal', proposal: 'dt:1', decision: 'changed' })).toBe(
      'change_required',
    );
    expect(refused({ action: 'hideSection', section: 'nosuch', hidden: true })).toBe('unknown_section');
    expect(refused({ action: 'resetSection', section: 'glance' })).toBeNull();
  });

  it('exports an accepted proposal the figures no longer propose, and leaves out an open one', () => {
    const doc = apply([{ action: 'decideProposal', proposal: 'dt:1', decision: 'accepted' }]);
    const next = regenerate(doc, picture([], 'b')).content;
    expect(next.proposals.map((p) => [p.key, p.vanished])).toEqual([
      ['dt:1', true],
      ['dt:2', true],
    ]);
    const targets = toWrittenPicture(next, 'fi').sections.find((s) => s.key === 'developmentTargets');
    expect(targets?.proposals.map((p) => p.key)).toEqual(['dt:1']);
  });

  it('reads a document emptied by an erasure as one with nothing in it', () => {
    expect(storedContent({})).toEqual({
      sections: [],
      proposals: [],
      methods: { plain: [], technical: [] },
      editorKeys: 0,
    });
    const doc = documentFrom(picture(['dt:1']));
    expect(storedContent(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
  });
});
