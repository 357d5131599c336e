/**
 * What the open data shows of each record: flat fields named as the API names them, the same in the
 * API's answers and the downloads (a CSV column per field; lists as JSON text in their cell).
 */
import type { MunicipalityName } from '../reference/reference.repository.js';
import { z } from 'zod';
import { EVENT_KINDS, NETWORK_KINDS, ORGANISATION_KINDS } from '../../../domain/enums.js';
import { PUBLIC_PAGE_KINDS } from '../../../domain/public-pages.js';
import type { EcosystemRow, EventRow, NetworkRow, OrganisationRow, PageRow } from './open-data.repository.js';

const optional = z.string().nullable();
const names = { nameFi: z.string(), nameSv: optional, nameEn: optional };
const descriptions = { descriptionFi: optional, descriptionSv: optional, descriptionEn: optional };
const town = { municipalityCode: optional, municipalityNameFi: optional, municipalityNameSv: optional };
const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const openMunicipalitySchema = z
  .object({ code: z.string(), nameFi: z.string(), nameSv: optional, nameEn: optional })
  .meta({ id: 'OpenMunicipality' });

export const openOrganisationSchema = z
  .object({
    id: z.string(),
    ...names,
    businessId: optional,
    kind: z.enum(ORGANISATION_KINDS),
    ...town,
    industryCode: optional.meta({ description: 'TOL 2008' }),
    industryNameFi: optional,
    industryNameSv: optional,
    industryNameEn: optional,
    website: optional,
    publicConsent: z.boolean().meta({ description: 'Agreed to be shown as a key actor on public pages' }),
  })
  .meta({ id: 'OpenOrganisation' });

export const openEventSchema = z
  .object({
    id: z.string(),
    kind: z.enum(EVENT_KINDS),
    titleFi: z.string(),
    titleSv: optional,
    titleEn: optional,
    startsAt: z.string(),
    endsAt: optional,
    location: optional,
    isOnline: z.boolean(),
    onlineUrl: optional,
    ...town,
    ecosystemId: optional,
    ecosystemNameFi: optional,
    networkId: optional,
    networkNameFi: optional,
  })
  .meta({ id: 'OpenEvent' });

export const openEcosystemSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    ...names,
    ...descriptions,
    themes: z.array(z.string()),
    municipalities: z.array(openMunicipalitySchema),
  })
  .meta({ id: 'OpenEcosystem' });

export const openNetworkSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(NETWORK_KINDS),
    ...names,
    ...descriptions,
    startOn: optional,
    endOn: optional,
    municipalities: z
      .array(openMunicipalitySchema)
      .meta({ description: 'The towns its public members stand for' }),
  })
  .meta({ id: 'OpenNetwork' });

export const openPageSchema = z
  .object({
    path: z.string(),
    kind: z.enum(PUBLIC_PAGE_KINDS),
    ...names,
    addressFi: z.string(),
    addressSv: z.string(),
    addressEn: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'OpenPage' });

export type OpenOrganisation = z.infer<typeof openOrganisationSchema>;
export type OpenEvent = z.infer<typeof openEventSchema>;
export type OpenEcosystem = z.infer<typeof openEcosystemSchema>;
export type OpenNetwork = z.infer<typeof openNetworkSchema>;
export type OpenPage = z.infer<typeof openPageSchema>;
export type OpenMunicipality = z.infer<typeof openMunicipalitySchema>;

/** A list a page at a time: `nextCursor` asks for the next page, null on the last. */
export const pageOf = (item: z.ZodType, id: string) =>
  z.object({ items: z.array(item), nextCursor: optional }).meta({ id });

export function presentOrganisation(r: OrganisationRow): OpenOrganisation {
  return {
    id: r.id,
    nameFi: r.nameFi,
    nameSv: r.nameSv,
    nameEn: r.nameEn,
    businessId: r.businessId,
    kind: r.kind as OpenOrganisation['kind'],
    municipalityCode: r.municipalityCode,
    municipalityNameFi: r.municipalityNameFi,
    municipalityNameSv: r.municipalityNameSv,
    industryCode: r.tolCode,
    industryNameFi: r.industryFi ?? r.divisionFi,
    industryNameSv: r.industrySv ?? r.divisionSv,
    industryNameEn: r.industryEn ?? r.divisionEn,
    website: r.website,
    publicConsent: r.publicConsentOn !== null,
  };
}

export function presentEvent(r: EventRow): OpenEvent {
  return {
    ...r,
    kind: r.kind as OpenEvent['kind'],
    startsAt: iso(r.startsAt)!,
    endsAt: iso(r.endsAt),
  };
}

const townsOf = (codes: readonly string[], towns: ReadonlyMap<string, MunicipalityName>) =>
  codes.flatMap((code) => {
    const t = towns.get(code);
    return t ? [{ code, nameFi: t.nameFi, nameSv: t.nameSv, nameEn: t.nameEn }] : [];
  });

export function presentEcosystem(
  r: EcosystemRow,
  towns: ReadonlyMap<string, MunicipalityName>,
): OpenEcosystem {
  const { municipalityCodes, ...rest } = r;
  return { ...rest, municipalities: townsOf(municipalityCodes, towns) };
}

export function presentNetwork(r: NetworkRow, municipalities: OpenMunicipality[]): OpenNetwork {
  return { ...r, kind: r.kind as OpenNetwork['kind'], municipalities };
}

/** A page with its address in each language, absolute from `origin`. */
export function presentPage(r: PageRow, origin: string): OpenPage {
  const kind = r.municipalityCode ? 'municipality' : r.ecosystemId ? 'ecosystem' : 'network';
  const address = (lang: string) => `${origin}/${lang}/invest/${r.path}`;
  return {
    path: r.path,
    kind,
    nameFi: r.nameFi,
    nameSv: r.nameSv,
    nameEn: r.nameEn,
    addressFi: address('fi'),
    addressSv: address('sv'),
    addressEn: address('en'),
    publishedAt: iso(r.publishedAt)!,
  };
}
