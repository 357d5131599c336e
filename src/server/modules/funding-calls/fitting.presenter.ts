/** What leaves the server of a fitting call: the call, its deadline, and why it fits. */
import { z } from 'zod';
import { EXAMPLE_SOURCE } from '../../../domain/enums.js';
import type { Theme } from '../../../analysis/call-fit.js';
import type { FittingCall } from './fitting.service.js';

const themeSchema = z
  .object({
    key: z.string().meta({ description: 'Equal for the same theme, whichever language named it' }),
    fi: z.string(),
    sv: z.string().nullable(),
    en: z.string().nullable(),
  })
  .meta({ id: 'CallTheme' });

export const fittingCallSchema = z
  .object({
    id: z.string(),
    titleFi: z.string(),
    titleSv: z.string().nullable(),
    titleEn: z.string().nullable(),
    programme: z.string().nullable(),
    opensOn: z.string().nullable(),
    deadlineAt: z.string(),
    url: z.string().nullable(),
    example: z.boolean().meta({ description: 'Fictional example data of the demo' }),
    overlap: z.number().int().meta({ description: 'How many of the call’s themes fit' }),
    themes: z.array(themeSchema).meta({ description: 'The call’s themes that fit' }),
    ecosystems: z
      .array(
        z.object({
          id: z.string(),
          nameFi: z.string(),
          nameSv: z.string().nullable(),
          nameEn: z.string().nullable(),
          themes: z.array(themeSchema),
        }),
      )
      .meta({ description: 'The ecosystems it fits, with the themes they share with it' }),
    mix: z
      .object({
        themes: z.array(z.object({ theme: themeSchema, organisationIds: z.array(z.string()) })),
        kinds: z.array(
          z.object({ kind: z.string(), met: z.boolean(), organisationIds: z.array(z.string()) }),
        ),
        fits: z.boolean(),
      })
      .nullable()
      .meta({ description: 'For organisations: the themes they offer and the required kinds they meet' }),
  })
  .meta({ id: 'FittingCall' });

const theme = ({ key, fi, sv, en }: Theme) => ({ key, fi, sv, en });
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v ? String(v) : null);

export function presentFittingCall(f: FittingCall): z.infer<typeof fittingCallSchema> {
  const { call } = f;
  return {
    id: call.id,
    titleFi: call.titleFi,
    titleSv: call.titleSv,
    titleEn: call.titleEn,
    programme: call.programme,
    opensOn: day(call.opensOn),
    deadlineAt: new Date(call.deadlineAt).toISOString(),
    url: call.url,
    example: call.source === EXAMPLE_SOURCE,
    overlap: f.overlap,
    themes: f.themes.map(theme),
    ecosystems: f.ecosystems.map(({ ecosystem: e, themes }) => ({
      id: e.id,
      nameFi: e.nameFi,
      nameSv: e.nameSv,
      nameEn: e.nameEn,
      themes: themes.map(theme),
    })),
    mix: f.mix && {
      themes: f.mix.themes.map((t) => ({ theme: theme(t.theme), organisationIds: t.by })),
      kinds: f.mix.kinds.map((k) => ({ kind: k.kind, met: k.met, organisationIds: k.by })),
      fits: f.mix.fits,
    },
  };
}
