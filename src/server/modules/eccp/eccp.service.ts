/**
 * An ecosystem as an ECCP cluster profile for the caller: what they may read of it (the visibility
 * rule on every record), mapped and checked by `src/analysis/eccp-profile.ts`, as JSON or Word.
 */
import {
  eccpExport,
  type EccpManagementInput,
  type EccpProfileInput,
} from '../../../analysis/eccp-profile.js';
import type { ECOSYSTEM_MEMBER_ROLES, ORGANISATION_KINDS, SIZE_CLASSES } from '../../../domain/enums.js';
import { publicContact } from '../../../domain/public-pages.js';
import { loadBuiltInMunicipalities } from '../../../domain/reference/municipalities.js';
import { regionByCode } from '../../../domain/reference/regions.js';
import { eccpProfileDocx } from '../../../reports/eccp-profile.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import type { Caller } from '../../auth/caller.js';
import { readableRecord } from '../../auth/record-access.js';
import { canRead } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import * as repo from './eccp.repository.js';

const ECOSYSTEM = { entity: 'ecosystems', name: 'Ecosystem' };

type Named = { nameFi: string; nameSv: string | null; nameEn: string | null };
const texts = (r: Named) => ({ fi: r.nameFi, sv: r.nameSv, en: r.nameEn });

let municipalities: Map<string, { nameFi: string; regionCode: string }> | null = null;

/** The towns of the ecosystem and their regions (NUTS 3), in English where a name is. */
function places(codes: readonly string[]): EccpProfileInput['places'] {
  municipalities ??= new Map(loadBuiltInMunicipalities().map((m) => [m.code, m]));
  return codes.flatMap((code) => {
    const town = municipalities!.get(code);
    const region = town && regionByCode(town.regionCode);
    return town && region ? [{ town: town.nameFi, region: region.nameEn, nuts3: region.nuts3 }] : [];
  });
}

type MemberRow = Awaited<ReturnType<typeof repo.members>>[number];

/**
 * Who manages the cluster: an orchestrating member (the workspace's own organisation first, then by
 * name), or else the workspace's organisation when the caller may see it.
 */
async function management(
  db: Database,
  caller: Caller,
  workspaceId: string,
  members: readonly MemberRow[],
): Promise<EccpManagementInput | null> {
  const own = await repo.workspaceOrganisation(db, caller, workspaceId);
  const orchestrators = members.filter((m) => m.role === 'orchestrator');
  const chosen = orchestrators.find((m) => m.id === own?.id) ?? orchestrators[0];
  if (chosen) return { name: texts(chosen), website: chosen.website, source: 'orchestrator' };
  return own ? { name: texts(own), website: own.website, source: 'workspace' } : null;
}

/** The role addresses of the ecosystem's page: public once published, else for its workspace. */
async function contacts(db: Database, caller: Caller, ecosystemId: string) {
  const page = await repo.publicPage(db, ecosystemId);
  if (!page) return [];
  const visibility = page.publishedAt ? 'public' : 'private';
  if (!canRead(caller, { workspaceId: page.workspaceId, visibility })) return [];
  const list = Array.isArray(page.contacts) ? page.contacts : [];
  return list.flatMap((raw) => {
    const c = publicContact.safeParse(raw);
    return c.success
      ? [{ role: c.data.role.en ?? c.data.role.fi, email: c.data.email, phone: c.data.phone ?? null }]
      : [];
  });
}

/** What the profile is made of, as far as the caller may see it (404 when not the ecosystem). */
async function readInput(db: Database, caller: Caller, idOrSlug: string) {
  const eco = await readableRecord(db, caller, await repo.ecosystem(db, idOrSlug), ECOSYSTEM);
  const members = await repo.members(db, caller, eco.id);
  const [manager, pageContacts, vocabulary, needs] = await Promise.all([
    management(db, caller, eco.workspaceId, members),
    contacts(db, caller, eco.id),
    repo.themeVocabulary(db, caller),
    repo.needs(
      db,
      caller,
      members.map((m) => m.id),
    ),
  ]);
  const input: EccpProfileInput = {
    ecosystem: {
      name: texts(eco),
      description: eco.descriptionFi
        ? { fi: eco.descriptionFi, sv: eco.descriptionSv, en: eco.descriptionEn }
        : null,
      themes: eco.themes,
    },
    places: places(eco.municipalityCodes),
    members: members.map((m) => ({
      name: texts(m),
      kind: m.kind as (typeof ORGANISATION_KINDS)[number],
      sizeClass: m.sizeClass as (typeof SIZE_CLASSES)[number],
      role: m.role as (typeof ECOSYSTEM_MEMBER_ROLES)[number],
      tolCode: m.tolCode,
    })),
    management: manager,
    contacts: pageContacts,
    vocabulary,
    needs: needs.map(texts),
  };
  return { ecosystem: eco, input };
}

/** The profile and its check. */
export async function eccpProfileOf(db: Database, caller: Caller, idOrSlug: string) {
  const { ecosystem, input } = await readInput(db, caller, idOrSlug);
  return { ecosystemId: ecosystem.id, ...eccpExport(input) };
}

/** The profile as a Word document a person fills ECCP's form from. */
export async function eccpProfileFile(db: Database, caller: Caller, idOrSlug: string, now: Date) {
  const { ecosystem, input } = await readInput(db, caller, idOrSlug);
  const body = await eccpProfileDocx(eccpExport(input), now);
  return { body, contentType: CONTENT_TYPES.docx, fileName: `eccp-profile-${ecosystem.slug}.docx` };
}
