import type { Database } from '../../src/server/db/database.js';
import { caller, grantToken, testApp } from '../db.js';

const DAY = 24 * 60 * 60 * 1000;
// A one-pixel PNG.
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

type Visibility = 'private' | 'network' | 'public';

/** Words that only records nobody outside may read carry: none may reach a public answer. */
export const SECRETS = [
  'Yksityinen Oy',
  'Verkostoyhtiö Oy',
  'Suostumukseton Oy',
  'Salainen tapaaminen',
  'Verkoston webinaari',
  'Mennyt webinaari',
  'Luonnostarina',
  'Mikkelin salainen esittely',
  'Salainen verkosto',
  'Julkaisematon vahvuus',
  'Privat styrka',
  'Yksityinen henkilö',
  'Privat ekosystemmedlem Oy',
];

function report(sections: Record<string, string>) {
  return {
    sections: Object.entries(sections).map(([key, text]) => ({
      key,
      origin: 'generated',
      hidden: false,
      generated: { title: key, sentences: [{ text, evidence: [] }], fingerprint: key },
      edit: null,
      evidenceChanged: false,
    })),
    proposals: [],
    methods: { plain: [], technical: [] },
    editorKeys: 0,
  };
}

/** A world with records of every visibility around published and unpublished pages. */
export async function publicSiteWorld() {
  const { app, db } = await testApp();
  const editor = caller(app, (await grantToken(db, { email: 'e@test.example', workspace: 'test' })).token);
  const viewer = caller(
    app,
    (await grantToken(db, { email: 'v@test.example', workspace: 'test', role: 'viewer' })).token,
  );
  const stranger = caller(app, (await grantToken(db, { email: 's@muu.example', workspace: 'muu' })).token);
  const anonymous = caller(app, null);
  const ws = (
    await db.selectFrom('workspaces').select('id').where('slug', '=', 'test').executeTakeFirstOrThrow()
  ).id;
  const ids = await seed(db, ws);
  return { app, db, ws, editor, viewer, stranger, anonymous, ...ids };
}

async function seed(db: Database, workspaceId: string) {
  const org = async (
    nameFi: string,
    visibility: Visibility,
    consent: boolean,
    municipalityCode = '740',
    tolCode = '16100',
  ) =>
    (
      await db
        .insertInto('organisations')
        .values({
          nameFi,
          kind: 'company',
          tolCode,
          municipalityCode,
          visibility,
          workspaceId,
          website: `https://${nameFi.split(' ')[0]!.toLowerCase()}.example`,
          publicConsentOn: consent ? '2026-11-01' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const sawmill = await org('Sahayhtiö Oy', 'public', true);
  const lab = await org('Metsälaboratorio Oy', 'public', true);
  const helsinki = await org('Helsingin Kasvu Oy', 'public', true, '091', '62010');
  // enough wood industry in Savonlinna for a location quotient that is ranked
  for (const n of [1, 2, 3, 4]) await org(`Puutuote ${n} Oy`, 'public', false);
  await org('Suostumukseton Oy', 'public', false);
  const hidden = await org('Yksityinen Oy', 'private', true);
  await org('Verkostoyhtiö Oy', 'network', true);
  const privateMember = await org('Privat ekosystemmedlem Oy', 'private', true);
  await db
    .insertInto('relations')
    .values([
      {
        fromOrganisationId: sawmill,
        toOrganisationId: lab,
        kind: 'collaboration',
        visibility: 'public',
        workspaceId,
      },
      {
        fromOrganisationId: sawmill,
        toOrganisationId: hidden,
        kind: 'customer',
        visibility: 'private',
        workspaceId,
      },
    ])
    .execute();

  const soon = new Date(Date.now() + 7 * DAY);
  const event = (titleFi: string, visibility: Visibility, startsAt = soon, kind = 'webinar') => ({
    titleFi,
    titleEn: `${titleFi} (en)`,
    kind,
    startsAt,
    visibility,
    workspaceId,
    municipalityCode: '740',
  });
  const events = await db
    .insertInto('events')
    .values([
      {
        ...event('Sijoittajawebinaari', 'public'),
        titleEn: 'Investor webinar',
        isOnline: true,
        onlineUrl: 'https://meet.example/w',
      },
      event('Salainen tapaaminen', 'private', soon, 'visit'),
      event('Verkoston webinaari', 'network'),
      event('Mennyt webinaari', 'public', new Date(Date.now() - 7 * DAY)),
    ])
    .returning(['id', 'titleFi'])
    .execute();
  const eventId = (title: string) => events.find((e) => e.titleFi === title)!.id;

  const page = async (values: Record<string, unknown>) =>
    (
      await db
        .insertInto('publicPages')
        .values({ workspaceId, ...values } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const published = new Date(Date.now() - DAY);
  const savonlinna = await page({
    municipalityCode: '740',
    path: 'savonlinna',
    introFi: 'Savonlinna on metsäbiotalouden keskus.',
    introSv: 'Nyslott är ett centrum för skogsbioekonomi.',
    introEn: 'Savonlinna is a hub of forest bioeconomy.',
    contacts: JSON.stringify([
      {
        role: { fi: 'Yritysneuvonta', sv: 'Företagsrådgivning', en: 'Business advice' },
        email: 'yritys@savonlinna.example',
      },
      { role: { fi: 'Johtaja' }, email: 'johtaja@savonlinna.example', personName: 'Yksityinen henkilö' },
    ]),
    publishedAt: published,
  });
  await page({ municipalityCode: '491', path: 'mikkeli', introFi: 'Mikkelin salainen esittely' });

  const ecosystem = (
    await db
      .insertInto('ecosystems')
      .values({
        nameFi: 'Metsäbiotalous',
        nameEn: 'Forest bioeconomy',
        slug: 'metsabiotalous',
        visibility: 'public',
        workspaceId,
        municipalityCodes: ['740'],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
  await db
    .insertInto('ecosystemMembers')
    .values([
      { ecosystemId: ecosystem, organisationId: sawmill, role: 'core', visibility: 'public', workspaceId },
      {
        ecosystemId: ecosystem,
        organisationId: privateMember,
        role: 'core',
        visibility: 'public',
        workspaceId,
      },
      { ecosystemId: ecosystem, organisationId: lab, role: 'core', visibility: 'private', workspaceId },
    ])
    .execute();
  await page({
    ecosystemId: ecosystem,
    path: 'savonlinna/metsabiotalous',
    introFi: 'Metsäbiotalouden ekosysteemi.',
    publishedAt: published,
  });

  const network = async (nameFi: string, slug: string, visibility: Visibility) =>
    (
      await db
        .insertInto('networks')
        .values({ nameFi, slug, kind: 'town_network', visibility, workspaceId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const open = await network('InnoKaupungit', 'innokaupungit', 'public');
  const closed = await network('Salainen verkosto', 'salainen', 'network');
  await db
    .insertInto('networkMembers')
    .values([
      { networkId: open, organisationId: sawmill, role: 'member', visibility: 'public', workspaceId },
      { networkId: open, organisationId: helsinki, role: 'member', visibility: 'public', workspaceId },
      { networkId: closed, organisationId: sawmill, role: 'member', visibility: 'network', workspaceId },
    ])
    .execute();
  await page({
    networkId: open,
    path: 'innokaupungit-verkosto',
    introFi: 'Kaupunkien verkosto.',
    publishedAt: published,
  });
  await page({
    networkId: closed,
    path: 'salainen-verkosto',
    introFi: 'Salainen verkosto',
    publishedAt: published,
  });

  const square = (lon: number, lat: number) => ({
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + 1, lat],
        [lon + 1, lat + 0.5],
        [lon, lat + 0.5],
        [lon, lat],
      ],
    ],
  });
  await db
    .insertInto('municipalityBorders')
    .values([
      { municipalityCode: '740', geometry: JSON.stringify(square(28.5, 61.8)), source: 'test' },
      { municipalityCode: '091', geometry: JSON.stringify(square(24.9, 60.1)), source: 'test' },
    ])
    .execute();

  const yesterday = new Date(Date.now() - DAY).toISOString().slice(0, 10);
  const stories = await db
    .insertInto('publicStories')
    .values([
      {
        publicPageId: savonlinna,
        titleFi: 'Uusi saha',
        titleEn: 'A new sawmill',
        bodyFi: 'Saha avattiin.',
        bodyEn: 'The sawmill opened.',
        image: PNG,
        imageType: 'image/png',
        imageAltFi: 'Sahan piha',
        imageAltEn: 'The sawmill yard',
        publishedOn: yesterday,
      },
      {
        publicPageId: savonlinna,
        titleFi: 'Luonnostarina',
        bodyFi: 'Kesken.',
        image: PNG,
        imageType: 'image/png',
        imageAltFi: 'Luonnos',
      },
    ])
    .returning(['id', 'titleFi'])
    .execute();

  const reportRow = (language: string, visibility: Visibility, publishedAt: Date | null, text: string) => ({
    scopeKind: 'municipality',
    scopeId: '740',
    scopeName: 'Savonlinna',
    language,
    visibility,
    workspaceId,
    publishedAt,
    publishedBy: publishedAt ? 'e@test.example' : null,
    content: JSON.stringify(report({ strengths: text, growthSectors: `${text} kasvaa` })),
  });
  await db
    .insertInto('pictureReports')
    .values([
      reportRow('fi', 'public', published, 'Metsäosaaminen on vahvaa.'),
      reportRow('en', 'public', null, 'Julkaisematon vahvuus'),
      reportRow('sv', 'private', published, 'Privat styrka'),
    ])
    .execute();

  return {
    sawmill,
    publicEvent: eventId('Sijoittajawebinaari'),
    privateEvent: eventId('Salainen tapaaminen'),
    story: stories.find((s) => s.titleFi === 'Uusi saha')!.id,
    draftStory: stories.find((s) => s.titleFi === 'Luonnostarina')!.id,
  };
}
