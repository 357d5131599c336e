/**
 * Helpers for the towns' key actors (actors-*.ts): the companies, schools, RDI units and development
 * companies that public sources name for each town of the network project. Every actor is public and
 * carries a source comment in its file; business IDs and TOL 2008 codes only where they are certain.
 */
import type { Tri } from './organisations-towns.js';
import type { OrganisationCompetenceSeed, OrganisationSeed } from './types.js';

type Extra = Pick<OrganisationSeed, 'website' | 'tolCode' | 'businessId' | 'sizeClass'>;

/** A public actor with names and a one-sentence description in Finnish, Swedish and English. */
export function actor(
  key: string,
  kind: OrganisationSeed['kind'],
  municipalityCode: string,
  names: Tri,
  about: Tri,
  extra: Extra = {},
): OrganisationSeed {
  return {
    key,
    kind,
    nameFi: names[0],
    nameSv: names[1],
    nameEn: names[2],
    municipalityCode,
    descriptionFi: about[0],
    descriptionSv: about[1],
    descriptionEn: about[2],
    isPublic: true,
    ...extra,
  };
}

/** Competences an actor offers: slugs from the vocabulary (competences.ts, competences-towns.ts). */
export const offers = (org: string, ...slugs: string[]): OrganisationCompetenceSeed[] =>
  slugs.map((competence) => ({ org, direction: 'offer', competence }));

/** A competence need that a public source states; the description says what the need is. */
export const need = (org: string, competence: string, description: string): OrganisationCompetenceSeed => ({
  org,
  direction: 'need',
  competence,
  description,
});
