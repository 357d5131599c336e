/**
 * A round's analysis over HTTP: who sees what (readers the counts, editors the texts, nobody else
 * anything), codes and quotes, the answers as CSV and Excel read back by their libraries, and the coded
 * themes and usable quotes in the picture of the round's town.
 */
import ExcelJS from 'exceljs';
import { parseString } from 'fast-csv';
import { describe, expect, it } from 'vitest';
import { MAPPING_TEMPLATE } from '../../src/domain/questionnaire-templates.js';
import { caller, grantToken, testApp } from '../db.js';
import { respondentOf, roundWith } from '../support/mapping.js';

const NOW = new Date('2026-05-15T09:00:00Z');
const { app, db, anonymous, call } = await testApp({ now: () => NOW });
const { roundId } = await roundWith(db, 'kartoitus-analyysi', MAPPING_TEMPLATE.content);
const as = async (email: string, workspace?: string, role?: 'editor' | 'viewer') =>
  caller(app, (await grantToken(db, { email, workspace, role })).token);
const editor = await as('editor@x.example', 'kartoitus-analyysi');
const reader = await as('reader@x.example', 'kartoitus-analyysi', 'viewer');
const outsider = await as('outsider@x.example', 'muu');

const organisation = await call('POST', '/api/v1/organisations', {
  kind: 'company',
  nameFi: 'Sahanterä Oy',
  municipalityCode: '740',
  visibility: 'public',
});

/** A respondent who answers through their link; submitted unless told otherwise. */
async function answered(answers: Record<string, unknown>, submit = true, organisationId?: string) {
  const r = await respondentOf(db, roundId);
  if (organisationId)
    await db.updateTable('roundRespondents').set({ organisationId }).where('id', '=', r.id).execute();
  const res = await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers, submit });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return r;
}

const FORMULA = '=HYPERLINK("http://evil.example","klikkaa")';
const first = await answered(
  {
    role: ['developer', 'research'],
    cooperation: 4,
    strengths: 'Puurakentamisen osaaminen on alueella vahvaa.',
    challenges: FORMULA,
    join: true,
  },
  true,
  organisation.body.id as string,
);
const second = await answered({
  role: ['developer'],
  cooperation: 2,
  strengths: 'Vi har ett starkt samarbete kring träbyggande.',
});
await answered({ role: ['funding'], cooperation: 5, strengths: 'Luonnos, ei vielä lähetetty.' }, false);

const base = `/api/v1/mapping-rounds/${roundId}`;
const PICTURE = '/api/v1/pictures?scope=municipality&id=740';

describe('who sees a round’s analysis', () => {
  it('gives readers the counts of the submitted answers, by question, town and kind', async () => {
    const res = await reader('GET', `${base}/analysis`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.respondents).toBe(2);
    const q = (key: string) => res.body.questions.find((x: { key: string }) => x.key === key);
    expect(q('cooperation')).toMatchObject({ n: 2, mean: 3, median: 3 });
    expect(q('role').counts.slice(0, 2)).toMatchObject([
      { option: 'developer', n: 2, share: 1 },
      { option: 'research', n: 1, share: 0.5 },
    ]);
    expect(q('strengths')).toMatchObject({ n: 2, texts: 2 });
    expect(JSON.stringify(res.body)).not.toContain('Puurakentamisen');
    expect(res.body.byMunicipality).toEqual([
      { municipalityCode: '740', municipalityName: 'Savonlinna', n: 1 },
      { municipalityCode: null, municipalityName: null, n: 1 },
    ]);
    expect(res.body.byKind).toEqual([
      { kind: 'company', n: 1 },
      { kind: null, n: 1 },
    ]);
  });

  it('shows texts, suggestions and the answers file to editors only; to others the round is not there', async () => {
    for (const path of ['texts', 'theme-suggestions', 'answers.csv', 'answers.xlsx'])
      expect([path, (await reader('GET', `${base}/${path}`)).status]).toEqual([path, 403]);
    for (const who of [outsider, anonymous])
      for (const path of ['analysis', 'texts', `compare/${roundId}`, 'answers.csv'])
        expect([path, (await who('GET', `${base}/${path}`)).status]).toEqual([path, 404]);
    const body = { respondentId: first.id, questionKey: 'strengths', themes: ['Puu'] };
    expect((await reader('PUT', `${base}/codes`, body)).status).toBe(403);
    expect((await outsider('PUT', `${base}/codes`, body)).status).toBe(404);
  });

  it('lists the submitted open answers of a question with their codes, never a draft', async () => {
    const res = await editor('GET', `${base}/texts?question=strengths`);
    expect(res.status).toBe(200);
    expect(res.body.data.map((t: { text: string }) => t.text).sort()).toEqual([
      'Puurakentamisen osaaminen on alueella vahvaa.',
      'Vi har ett starkt samarbete kring träbyggande.',
    ]);
    expect(res.body.data[0]).toMatchObject({ questionKey: 'strengths', themes: [], usable: false });
    const wrong = await editor('GET', `${base}/texts?question=cooperation`);
    expect([wrong.status, wrong.body.error.details[0].path]).toEqual([422, 'question']);
  });

  it('suggests themes from Snowball stems of the open answers, in each answer’s language', async () => {
    const res = await editor('GET', `${base}/theme-suggestions?question=strengths`);
    expect(res.status).toBe(200);
    const stems = res.body.data.map((s: { language: string; stem: string }) => `${s.language}:${s.stem}`);
    expect(stems).toEqual(expect.arrayContaining(['fi:osaamin', 'sv:samarbet', 'sv:träbygg']));
    expect(stems).not.toContain('fi:luonnos');
  });
});

describe('codes and quotes', () => {
  it('refuses to code what is no submitted open answer, naming the field', async () => {
    const draft = await respondentOf(db, roundId);
    const cases: [object, string][] = [
      [{ respondentId: first.id, questionKey: 'cooperation', themes: ['x'] }, 'questionKey'],
      [{ respondentId: first.id, questionKey: 'potential', themes: ['x'] }, 'questionKey'],
      [{ respondentId: draft.id, questionKey: 'strengths', themes: ['x'] }, 'respondentId'],
      [{ respondentId: 'nobody', questionKey: 'strengths', themes: ['x'] }, 'respondentId'],
    ];
    for (const [body, path] of cases) {
      const res = await editor('PUT', `${base}/codes`, body);
      expect([res.status, res.body.error.details[0].path]).toEqual([422, path]);
    }
    const empty = await editor('PUT', `${base}/codes`, {
      respondentId: first.id,
      questionKey: 'strengths',
      themes: [' '],
    });
    expect([empty.status, empty.body.error.details[0].path]).toEqual([400, 'themes.0']);
  });

  it('puts a coded theme and a usable quote into the picture of the round’s town, for its readers only', async () => {
    const before = await editor('GET', PICTURE);
    expect(before.body.mappingEvidence.themes).toEqual([]);
    const coded = await editor('PUT', `${base}/codes`, {
      respondentId: first.id,
      questionKey: 'strengths',
      themes: ['Puurakentaminen', 'puurakentaminen ', 'Osaaminen'],
    });
    expect(coded.body).toEqual({
      respondentId: first.id,
      questionKey: 'strengths',
      themes: ['Puurakentaminen', 'Osaaminen'],
    });
    await editor('PUT', `${base}/codes`, {
      respondentId: second.id,
      questionKey: 'strengths',
      themes: ['Puurakentaminen'],
    });
    const quoted = await editor('PUT', `${base}/quotes`, {
      respondentId: first.id,
      questionKey: 'strengths',
      usable: true,
    });
    expect(quoted.body.usable).toBe(true);

    // The same reader as before the coding: the cached picture gave way to a new one.
    expect((await editor('GET', PICTURE)).body.mappingEvidence.themes[0].theme).toBe('Puurakentaminen');
    const evidence = (await reader('GET', PICTURE)).body.mappingEvidence;
    expect(evidence.themes[0]).toEqual({
      theme: 'Puurakentaminen',
      n: 2,
      answers: 2,
      questionKeys: ['strengths'],
    });
    expect(evidence.quotes).toEqual([
      {
        text: 'Puurakentamisen osaaminen on alueella vahvaa.',
        questionKey: 'strengths',
        questionLabel: expect.objectContaining({ fi: 'Mitkä ovat ekosysteemin vahvuudet?' }),
        theme: 'Puurakentaminen',
        themes: ['Puurakentaminen', 'Osaaminen'],
      },
    ]);
    expect(evidence.rounds).toMatchObject([{ id: roundId, respondents: 2, codedAnswers: 2 }]);
    expect(JSON.stringify(evidence)).not.toMatch(/Savonlinnan Testi Oy|Sahanterä/);
    expect((await anonymous('GET', PICTURE)).body.mappingEvidence).toEqual({
      rounds: [],
      themes: [],
      quotes: [],
    });
    expect((await outsider('GET', PICTURE)).body.mappingEvidence.themes).toEqual([]);

    const texts = (await editor('GET', `${base}/texts?question=strengths`)).body.data;
    expect(texts.find((t: { respondentId: string }) => t.respondentId === first.id)).toMatchObject({
      themes: ['Osaaminen', 'Puurakentaminen'],
      usable: true,
    });
    const audited = await db
      .selectFrom('auditLog')
      .select(['action', 'detail'])
      .where('entity', '=', 'answer_codes')
      .execute();
    expect(JSON.stringify(audited)).not.toContain('Puurakentaminen');
  });

  it('takes the quote mark off when the respondent changes the text, and the picture follows', async () => {
    const r = await answered({ role: ['education'], potential: 'Uusia asiakkaita ja vientiä.' });
    const mark = { respondentId: r.id, questionKey: 'potential' };
    await editor('PUT', `${base}/codes`, { ...mark, themes: ['Vienti'] });
    await editor('PUT', `${base}/quotes`, { ...mark, usable: true });
    const quotes = async () =>
      (await editor('GET', PICTURE)).body.mappingEvidence.quotes.map((q: { text: string }) => q.text);
    expect(await quotes()).toContain('Uusia asiakkaita ja vientiä.');
    await anonymous('PUT', `/api/v1/answers/${r.token}`, {
      answers: { potential: 'Soittakaa Matille, 040 123 4567.' },
    });
    expect(await quotes()).not.toContain('Uusia asiakkaita ja vientiä.');
    expect(await quotes()).not.toContain('Soittakaa Matille, 040 123 4567.');
    const text = (await editor('GET', `${base}/texts?question=potential`)).body.data[0];
    expect(text).toMatchObject({
      text: 'Soittakaa Matille, 040 123 4567.',
      themes: ['Vienti'],
      usable: false,
    });
    await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: { potential: null } });
    const themes = (await editor('GET', PICTURE)).body.mappingEvidence.themes.map(
      (t: { theme: string }) => t.theme,
    );
    expect(themes).not.toContain('Vienti');
  });
});

describe('an example round in the picture', () => {
  it('marks the picture as reading example data while the round is an example round', async () => {
    const includesExamples = async () => (await editor('GET', PICTURE)).body.includesExamples;
    expect((await editor('GET', base)).body.example).toBe(false);
    expect(await includesExamples()).toBe(false);
    const mark = (example: boolean) =>
      db.updateTable('mappingRounds').set({ example }).where('id', '=', roundId).execute();
    await mark(true);
    expect((await editor('GET', base)).body.example).toBe(true);
    expect(await includesExamples()).toBe(true);
    await mark(false);
    expect(await includesExamples()).toBe(false);
  });
});

describe('the data version of the picture cache', () => {
  const version = async () =>
    Number((await db.selectFrom('dataVersion').select('version').executeTakeFirstOrThrow()).version);

  it('is not bumped by a respondent’s draft, only by what reaches the picture', async () => {
    const r = await respondentOf(db, roundId);
    const before = await version();
    await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: { strengths: 'Luonnos' } });
    await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: { strengths: 'Toinen luonnos' } });
    expect(await version()).toBe(before);
    await anonymous('PUT', `/api/v1/answers/${r.token}`, { answers: { role: ['research'] }, submit: true });
    expect(await version()).toBe(before + 1);
    await editor('PUT', `${base}/codes`, {
      respondentId: r.id,
      questionKey: 'strengths',
      themes: ['Luonnos'],
    });
    expect(await version()).toBe(before + 2);
  });
});

describe('the answers as files', () => {
  const download = async (path: string) => {
    const token = (
      await grantToken(db, { email: `dl${Math.random()}@x.example`, workspace: 'kartoitus-analyysi' })
    ).token;
    const res = await app.request(`${base}/${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };

  it('writes CSV that a CSV library reads back, a row per respondent, formulas escaped', async () => {
    const res = await download('answers.csv?delimiter=semicolon');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows: Record<string, string>[] = [];
    await new Promise((resolve, reject) =>
      parseString(res.bytes.toString('utf8').replace(/^\uFEFF/, ''), { headers: true, delimiter: ';' })
        .on('data', (row: Record<string, string>) => rows.push(row))
        .on('error', reject)
        .on('end', resolve),
    );
    const byName = rows.filter((r) => r['Organisaatio'] === 'Sahanterä Oy');
    expect(byName).toHaveLength(1);
    const row = byName[0]!;
    expect(row['Mitkä ovat sen haasteet? (challenges)']).toBe(`'${FORMULA}`);
    expect(row['Mikä on organisaationne rooli alueen innovaatioekosysteemissä? (role)']).toBe(
      'Tuotteiden tai palvelujen kehittäjä; Tutkimus',
    );
    expect(row['Kuinka hyvin alueen toimijat tekevät yhteistyötä? (cooperation)']).toBe('4');
    expect(rows.some((r) => r['Lähetetty'] === '')).toBe(true); // the draft is there, not submitted
    const count = await db
      .selectFrom('roundRespondents')
      .select('id')
      .where('roundId', '=', roundId)
      .execute();
    expect(rows.length).toBeLessThanOrEqual(count.length);
  });

  it('writes Excel that exceljs reads back, the formula as text, in the language asked', async () => {
    const res = await download('answers.xlsx?lang=en');
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 2)).toEqual(['Respondent', 'Organisation']);
    const col = headers.indexOf('What are its challenges? (challenges)') + 1;
    const found: ExcelJS.Row[] = [];
    sheet.eachRow((row) => {
      if (row.getCell(2).value === 'Sahanterä Oy') found.push(row);
    });
    expect(found).toHaveLength(1);
    const row = found[0]!;
    expect(row.getCell(col).value).toBe(`'${FORMULA}`);
    expect(row.getCell(col).formula).toBeUndefined();
    expect(
      row.getCell(headers.indexOf('Would you like to take part in developing the ecosystem? (join)') + 1)
        .value,
    ).toBe('Yes');
  });
});

describe('two rounds', () => {
  it('are compared by their shared questions', async () => {
    const other = await roundWith(db, 'kartoitus-syksy', MAPPING_TEMPLATE.content);
    const autumn = await respondentOf(db, other.roundId);
    const answers = { role: ['developer'], cooperation: 5 };
    expect(
      (await anonymous('PUT', `/api/v1/answers/${autumn.token}`, { answers, submit: true })).status,
    ).toBe(200);
    const res = await call('GET', `${base}/compare/${other.roundId}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const mine = (await call('GET', `${base}/analysis`)).body;
    expect(res.body.respondents).toEqual({ first: mine.respondents, second: 1 });
    const cooperation = res.body.shared.find((q: { key: string }) => q.key === 'cooperation');
    const before = mine.questions.find((q: { key: string }) => q.key === 'cooperation');
    expect(cooperation.first).toEqual(before);
    expect([cooperation.second.mean, cooperation.meanChange]).toEqual([5, 5 - before.mean]);
    const role = res.body.shared.find((q: { key: string }) => q.key === 'role');
    expect(role.options.find((o: { option: string }) => o.option === 'developer')).toMatchObject({
      first: 2,
      second: 1,
    });
    expect(res.body.onlyFirst).toEqual([]);
    expect((await editor('GET', `${base}/compare/${other.roundId}`)).status).toBe(404);
  });
});
