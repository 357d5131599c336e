import { z } from 'zod';
import { outputSchema } from './presenter.js';
import type { Row, ResourceDefinition } from './types.js';

/** A new record of the main resources as an integrator would send it, for the API document. */
const CREATE_EXAMPLES: Record<string, Row> = {
  organisations: {
    kind: 'company',
    nameFi: 'Esimerkki Oy',
    businessId: '1234567-1',
    municipalityCode: '091',
    website: 'https://esimerkki.fi',
    sizeClass: 'small',
    visibility: 'network',
  },
  people: {
    fullName: 'Maija Meikäläinen',
    email: 'maija@esimerkki.fi',
    lawfulBasis: 'legitimate_interests',
    purpose: 'Yhteydenpito verkoston hankkeista',
    source: 'Tapaaminen messuilla',
    collectedOn: '2026-12-01',
  },
  ecosystems: {
    slug: 'kiertotalous-lounais-suomi',
    nameFi: 'Kiertotalous Lounais-Suomessa',
    visibility: 'public',
  },
  networks: { slug: 'seutukaupungit', kind: 'town_network', nameFi: 'Seutukaupunkien verkosto' },
  projects: { nameFi: 'Älykäs satama', startOn: '2026-01-01', endOn: '2027-12-31', budgetEur: 250000 },
  events: {
    kind: 'webinar',
    titleFi: 'Rahoitusinfo',
    startsAt: '2027-01-15T10:00:00.000Z',
    endsAt: '2027-01-15T11:30:00.000Z',
    isOnline: true,
  },
};

const STAMP = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  workspaceId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  createdAt: '2026-12-07T09:30:00.000Z',
  updatedAt: '2026-12-07T09:30:00.000Z',
  createdBy: 'e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d',
  updatedBy: 'e4d909c2-90d0-4b1d-8a4f-5c1c1b2b3a4d',
};

/** The example of a new record, when the resource has one. */
export const createExample = (def: ResourceDefinition): Row | undefined => CREATE_EXAMPLES[def.path];

/** The record the example becomes: what was sent, the server's own fields, every other field empty. */
export function recordExample(def: ResourceDefinition): Row | undefined {
  const sent = createExample(def);
  if (!sent) return undefined;
  const shape = (outputSchema(def) as z.ZodObject).shape;
  const empty = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [key, emptyValue(schema as z.ZodType)]),
  );
  return { ...empty, ...sent, ...STAMP };
}

/** Null where the field may be empty, else the smallest value of its kind (an object of such values). */
function emptyValue(schema: z.ZodType): unknown {
  if (schema.safeParse(null).success) return null;
  for (const value of [0, [], false, '']) if (schema.safeParse(value).success) return value;
  if (schema instanceof z.ZodObject)
    return Object.fromEntries(Object.entries(schema.shape).map(([k, s]) => [k, emptyValue(s as z.ZodType)]));
  return null;
}
