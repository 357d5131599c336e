/** What leaves the server of a public page and its stories (never an image's bytes in JSON). */
import { z } from 'zod';
import { publicContact, type PublicContact } from '../../../domain/public-pages.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import type { PageRow } from './public-pages.repository.js';
import type { StoryRow } from './stories.repository.js';

const texts = z.object({ fi: z.string().nullable(), sv: z.string().nullable(), en: z.string().nullable() });

export const pageSchema = z
  .object({
    id: z.string(),
    workspaceId: z.string(),
    kind: z.enum(['municipality', 'ecosystem', 'network']),
    municipalityCode: z.string().nullable(),
    ecosystemId: z.string().nullable(),
    networkId: z.string().nullable(),
    name: texts.meta({ description: 'The name of the town, ecosystem or network' }),
    path: z.string().meta({ description: 'The address after /{lang}/invest/' }),
    intro: texts,
    contacts: z.array(publicContact),
    publishedAt: z.string().nullable().meta({ description: 'When published; null: a draft' }),
    publishedBy: z.string().nullable(),
    storyCount: z.number().int(),
    updatedAt: z.string(),
    updatedBy: z.string(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'PublicPage' });

export const storySchema = z
  .object({
    id: z.string(),
    publicPageId: z.string(),
    title: texts,
    body: texts,
    publishedOn: z.string().nullable(),
    image: z
      .object({ type: z.string(), alt: texts, url: z.string() })
      .nullable()
      .meta({ description: 'The image and its alt texts; null: none' }),
    example: z.boolean().meta({ description: 'Fictional example data of the demo' }),
    updatedAt: z.string(),
  })
  .meta({ id: 'PublicStory' });

const kindOf = (row: PageRow) =>
  row.municipalityCode ? 'municipality' : row.ecosystemId ? 'ecosystem' : 'network';

export function presentPage(row: PageRow, caller: Caller): z.infer<typeof pageSchema> {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    kind: kindOf(row),
    municipalityCode: row.municipalityCode,
    ecosystemId: row.ecosystemId,
    networkId: row.networkId,
    name: { fi: row.scopeNameFi, sv: row.scopeNameSv, en: row.scopeNameEn },
    path: row.path,
    intro: { fi: row.introFi, sv: row.introSv, en: row.introEn },
    contacts: (row.contacts ?? []) as PublicContact[],
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
    storyCount: row.storyCount,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
    canEdit: canWrite(caller, row.workspaceId),
  };
}

export function presentStory(row: StoryRow): z.infer<typeof storySchema> {
  const url = `/api/v1/public-pages/${row.publicPageId}/stories/${row.id}/image`;
  return {
    id: row.id,
    publicPageId: row.publicPageId,
    title: { fi: row.titleFi, sv: row.titleSv, en: row.titleEn },
    body: { fi: row.bodyFi, sv: row.bodySv, en: row.bodyEn },
    publishedOn: row.publishedOn,
    image: row.imageType
      ? {
          type: row.imageType,
          alt: { fi: row.imageAltFi, sv: row.imageAltSv, en: row.imageAltEn },
          url: `${url}?v=${row.updatedAt.getTime()}`,
        }
      : null,
    example: row.example,
    updatedAt: row.updatedAt.toISOString(),
  };
}
