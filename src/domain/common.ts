import { z } from 'zod';
import { FinnishBusinessIds } from 'finnish-business-ids';
import { VISIBILITIES } from './enums.js';

/** Opaque identifier: a UUID today, but clients must not rely on its shape. */
export const id = z.string().uuid().meta({ description: 'Opaque identifier' });

export const isoDate = z.iso.date().meta({ description: 'Calendar date, YYYY-MM-DD' });
export const isoDateTime = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 date-time' });

const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Text PostgreSQL can store and that is Unicode: no NUL (U+0000, which text columns cannot hold) and no
 * lone UTF-16 surrogate (half of a pair, which no encoding can write).
 */
export const isStorableText = (value: string) => !value.includes('\u0000') && !LONE_SURROGATE.test(value);

export const UNSTORABLE_TEXT_MESSAGE = 'Text must not contain NUL (U+0000) or a lone UTF-16 surrogate';

/** Every string the API takes in starts here (or from a format or a pattern that cannot hold either). */
export const text = z.string().refine(isStorableText, { message: UNSTORABLE_TEXT_MESSAGE });

export const shortText = text.trim().min(1).max(300);
export const longText = text.trim().max(20000);
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Lowercase letters, digits and single hyphens only')
  .max(100);

export const businessId = z
  .string()
  .trim()
  .refine((value) => FinnishBusinessIds.isValidBusinessId(value), {
    message: 'Not a valid Finnish business ID (Y-tunnus), expected e.g. 0123456-1 with a correct check digit',
  })
  .meta({ description: 'Finnish business ID (Y-tunnus), 1234567-8' });

export const municipalityCode = z
  .string()
  .regex(/^\d{3}$/, 'A municipality code has three digits, e.g. 140')
  .meta({ description: 'Statistics Finland municipality code' });

export const tolCode = z
  .string()
  .regex(/^\d{2,5}$/, 'A TOL 2008 code has 2 to 5 digits, e.g. 62010')
  .meta({ description: 'TOL 2008 industry code, 2–5 digits' });

export const url = z
  .url({ protocol: /^https?$/ })
  .max(500)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
// Forms and imports separate themes with commas, so a theme cannot hold one.
export const themes = z
  .array(
    text
      .trim()
      .min(1)
      .max(100)
      .regex(/^[^,]*$/, 'A theme holds no comma: themes are separated by commas'),
  )
  .max(50);
export const municipalityCodes = z.array(municipalityCode).max(400);
export const year = z.number().int().min(1900).max(2100);

/** Optional in input, null clears it. */
export const opt = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Names in the three languages: Finnish is required, Swedish and English optional. */
export const nameFields = { nameFi: shortText, nameSv: opt(shortText), nameEn: opt(shortText) };
export const titleFields = { titleFi: shortText, titleSv: opt(shortText), titleEn: opt(shortText) };
export const descriptionFields = {
  descriptionFi: opt(longText),
  descriptionSv: opt(longText),
  descriptionEn: opt(longText),
};
export const visionFields = { visionFi: opt(longText), visionSv: opt(longText), visionEn: opt(longText) };

/** Rejects a period whose end comes before its start; used for every dated entity. */
export function periodIsOrdered(
  value: Record<string, unknown>,
  ctx: z.RefinementCtx,
  from: string,
  to: string,
) {
  const start = value[from];
  const end = value[to];
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    ctx.addIssue({ code: 'custom', path: [to], message: `${to} must not be before ${from}` });
  }
}

type Refiner = (value: Record<string, unknown>, ctx: z.RefinementCtx) => void;

/**
 * Create and update schemas from one shape. Both are strict: a field the API does not know is an
 * error, never silently dropped (it is how mass assignment of id, owner or audit fields is refused).
 */
export function entitySchemas<S extends z.ZodRawShape>(name: string, entityShape: S, refine?: Refiner) {
  // Every record says who may read it; the workspace it belongs to is never taken from the body.
  const shape = { ...entityShape, visibility: z.enum(VISIBILITIES).optional() };
  const base = z.strictObject(shape);
  const create = (refine ? base.superRefine((v, ctx) => refine(v, ctx)) : base).meta({ id: `${name}Create` });
  const partial = base.partial();
  const update = (refine ? partial.superRefine((v, ctx) => refine(v, ctx)) : partial).meta({
    id: `${name}Update`,
  });
  /** The cross-field rules alone, for the whole record as it will be stored (an update's body is partial). */
  const rules = refine ? z.looseObject({}).superRefine((v, ctx) => refine(v, ctx)) : undefined;
  return { shape, create, update, rules };
}

/** What entitySchemas gives: the shape, the strict create and update schemas, and the cross-field rules. */
export type EntitySchemas = {
  shape: z.ZodRawShape;
  create: z.ZodType;
  update: z.ZodType;
  rules?: z.ZodType;
};
