import { expect } from 'vitest';
import type { FindingProposal, WrittenPicture } from '../../src/reports/findings.schema.js';
import { FINDING_SECTION_KEYS } from '../../src/reports/findings.schema.js';
import { loadCaller } from '../../src/server/auth/caller.js';
import type { Writer } from '../../src/server/modules/picture-reports/reports.service.js';
import { caller, grantToken, testApp, type Call } from '../db.js';

export const NOW = new Date('2026-06-01T09:00:00Z');
export const BASE = '/api/v1/picture-reports';

/** The app with Savonlinna's editor and viewer, a stranger from another workspace and the anonymous. */
export async function reportWorld() {
  const { db, app, anonymous } = await testApp({ now: () => NOW });
  const grant = await grantToken(db, { email: 'e@savonlinna.example', workspace: 'savonlinna' });
  const editor = caller(app, grant.token);
  const viewerGrant = await grantToken(db, {
    email: 'v@savonlinna.example',
    workspace: 'savonlinna',
    role: 'viewer',
  });
  const viewer = caller(app, viewerGrant.token);
  const stranger = caller(app, (await grantToken(db, { email: 's@muu.example', workspace: 'muu' })).token);
  const editorCaller = (await loadCaller(db, grant.userId))!;

  async function newReport(language = 'fi', scopeId = '740') {
    const res = await editor('POST', BASE, { scope: 'municipality', scopeId, language });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }
  const save = (id: string, version: number, change: Record<string, unknown>, who: Call = editor) =>
    who('POST', `${BASE}/${id}/changes`, { version, change });

  return { db, anonymous, editor, viewer, stranger, editorCaller, editorId: grant.userId, newReport, save };
}

/** A written picture with content: each section one sentence, its fingerprint as given. */
export function written(
  fingerprints: Partial<Record<(typeof FINDING_SECTION_KEYS)[number], string>>,
  proposals: FindingProposal[],
  wording = 'v1',
): WrittenPicture {
  return {
    language: 'fi',
    sections: FINDING_SECTION_KEYS.map((key) => ({
      key,
      title: `Otsikko ${key}`,
      sentences: [
        { text: `${key} ${wording}.`, evidence: [{ kind: 'figure', label: 'Toimijoita', value: '12' }] },
      ],
      proposals: proposals.filter(
        (p) => (p.kind === 'growthSector' ? 'growthSectors' : 'developmentTargets') === key,
      ),
      fingerprint: fingerprints[key] ?? `${key}-1`,
    })),
    methods: { plain: ['Mitattiin yhteistyösuhteet.'], technical: [] },
  };
}

export const sector = (code: string): FindingProposal => ({
  key: `growthSector:${code}`,
  kind: 'growthSector',
  title: `Toimiala ${code}`,
  text: `Kasvuala ${code}.`,
  evidence: [{ kind: 'sector', label: 'Sijaintiosamäärä', value: '2,1' }],
});

export const fixed =
  (w: WrittenPicture): Writer =>
  () =>
    w;
