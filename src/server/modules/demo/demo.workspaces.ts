import type { Database } from '../../db/database.js';
import type { Row } from '../../resources/types.js';

/**
 * The seed towns' workspaces. Each town keeps its own organisations; the network project's shared
 * mapping lives with its main implementer (Iisalmi), Savonlinna keeps its forest bioeconomy ecosystem,
 * and the Innokaupungit material sits with their coordinator (Pirkanmaan liitto).
 */
const TOWNS = {
  iisalmi: ['Iisalmen kaupunki', 'Idensalmi stad', 'City of Iisalmi', ['140']],
  savonlinna: [
    'Savonlinnan Hankekehitys Oy',
    'Savonlinnan Hankekehitys Oy',
    'Savonlinnan Hankekehitys Oy',
    ['740'],
  ],
  raahe: ['Raahen kaupunki', 'Brahestads stad', 'City of Raahe', ['678']],
  kristiinankaupunki: [
    'Kristiinankaupungin elinkeinokeskus Oy',
    'Kristinestads Näringslivscentral Ab',
    'Kristinestad Business Centre',
    ['287'],
  ],
  heinola: ['Heinolan kaupunki', 'Heinola stad', 'City of Heinola', ['111']],
  kauhajoki: ['Kauhajoen kaupunki', 'Kauhajoki stad', 'City of Kauhajoki', ['232']],
  keuruu: ['Keuruun kaupunki', 'Keuru stad', 'City of Keuruu', ['249']],
  rauma: ['Rauman kaupunki', 'Raumo stad', 'City of Rauma', ['684']],
  naturpolis: ['Naturpolis Oy', 'Naturpolis Oy', 'Naturpolis Oy', ['305', '832']],
  innokaupungit: [
    'Innokaupungit (Pirkanmaan liitto)',
    'Innostäderna (Birkalands förbund)',
    'Innocities (Council of Tampere Region)',
    [],
  ],
} as const;

export type DemoWorkspace = keyof typeof TOWNS;
const TOWN_NETWORK = 'seutukaupunkien-innovaatioekosysteemiverkosto';

/** Who may read what by default: public pages get public records; mapping data stays in the network. */
export const DEMO_VISIBILITY: Record<string, 'public' | 'network' | 'private'> = {
  networks: 'public',
  networkMembers: 'public',
  ecosystems: 'public',
  ecosystemMembers: 'public',
  projects: 'public',
  projectRoles: 'public',
  fundingCalls: 'public',
  ecosystemAgreements: 'public',
  agreementParties: 'public',
  events: 'public',
  eventParticipants: 'public',
  competences: 'public',
};

export function workspaceOf(organisation: Row): DemoWorkspace {
  const code = organisation.municipalityCode as string | undefined;
  for (const [slug, [, , , codes]] of Object.entries(TOWNS)) {
    if (code && (codes as readonly string[]).includes(code)) return slug as DemoWorkspace;
  }
  return organisation.kind === 'municipality' ? 'innokaupungit' : 'iisalmi';
}

export async function createDemoWorkspaces(db: Database): Promise<Map<string, string>> {
  const rows = await db
    .insertInto('workspaces')
    .values(
      Object.entries(TOWNS).map(([slug, [nameFi, nameSv, nameEn]]) => ({
        slug,
        nameFi,
        nameSv,
        nameEn,
        createdBy: 'system:demo',
        updatedBy: 'system:demo',
      })),
    )
    .returning(['id', 'slug'])
    .execute();
  return new Map(rows.map((r) => [r.slug, r.id]));
}

/** Demo accounts: people by role, no passwords; they sign in with one-time links printed at start. */
export const DEMO_USERS = [
  {
    email: 'koordinaattori@iisalmi.solmu-demo.example',
    displayName: 'Verkostokoordinaattori (Iisalmi)',
    workspace: 'iisalmi',
    role: 'editor',
    coordinates: TOWN_NETWORK,
  },
  {
    email: 'elinkeinopalvelut@savonlinna.solmu-demo.example',
    displayName: 'Elinkeinopalvelut (Savonlinna)',
    workspace: 'savonlinna',
    role: 'editor',
  },
  {
    email: 'katselija@rauma.solmu-demo.example',
    displayName: 'Katselija (Rauma)',
    workspace: 'rauma',
    role: 'viewer',
  },
  {
    email: 'koordinaattori@innokaupungit.solmu-demo.example',
    displayName: 'Innokaupunkien koordinaattori',
    workspace: 'innokaupungit',
    role: 'editor',
    coordinates: 'innokaupungit',
  },
] as const;

/** Town workspaces join the town network, the coordinator's the Innokaupungit; demo users get roles. */
export async function connectDemoWorkspaces(
  db: Database,
  workspaces: Map<string, string>,
  keys: { get(kind: string, key: string): string },
) {
  const townNetwork = keys.get('network', TOWN_NETWORK);
  const inno = keys.get('network', 'innokaupungit');
  const links = [...workspaces].map(([slug, id]) => ({
    workspaceId: id,
    networkId: slug === 'innokaupungit' ? inno : townNetwork,
  }));
  links.push({ workspaceId: workspaces.get('raahe')!, networkId: inno }); // Raahe is in the green electrification lead project
  await db.insertInto('workspaceNetworks').values(links).execute();
  for (const u of DEMO_USERS) {
    const user = await db
      .insertInto('users')
      .values({ email: u.email, displayName: u.displayName })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('memberships')
      .values({ userId: user.id, workspaceId: workspaces.get(u.workspace)!, role: u.role })
      .execute();
    if ('coordinates' in u) {
      await db
        .insertInto('networkCoordinators')
        .values({ userId: user.id, networkId: keys.get('network', u.coordinates) })
        .execute();
    }
  }
}
