/** What one public page shows, read once and rendered in any of its parts (the page, an embed, JSON-LD). */
import type { PublicContact, PublicPageKind } from '../../../domain/public-pages.js';
import type { Lang } from './labels.js';
import type { ActorRow, EventRow, StoryRow } from './site.repository.js';

/** A text in the page's language, or in Finnish when the page's language has none (marked so). */
export type Localised = { text: string; lang: Lang };

export type CountRow = { code: string; count: number };

export type Figures = {
  actorsByKind: CountRow[];
  /** Jobs from Statistics Finland's table when imported, else establishments, else none. */
  industries: {
    basis: 'jobs' | 'establishments';
    rows: CountRow[];
    year: number | null;
    source: string | null;
  } | null;
  specialisation: {
    basis: 'organisations' | 'jobs';
    baseline: 'finland' | 'solmu';
    rows: { code: string; lq: number; count: number }[];
    year: number | null;
    source: string | null;
  } | null;
};

export type ReportSection = { title: string; paragraphs: string[] };

export type Town = { code: string; name: string };
/** Another published page this one links to. */
export type LinkedPage = { path: string; name: string };

/** The published pages of the page's towns (by code), and of the networks and ecosystems it belongs to. */
export type PageLinks = { towns: Record<string, string>; networks: LinkedPage[]; ecosystems: LinkedPage[] };

export type Border = { code: string; name: string; geometry: unknown };

export type PageModel = {
  id: string;
  path: string;
  kind: PublicPageKind;
  workspaceId: string;
  published: boolean;
  lang: Lang;
  name: string;
  intro: Localised | null;
  towns: Town[];
  figures: Figures;
  strengths: ReportSection | null;
  growthSectors: ReportSection | null;
  actors: ActorRow[];
  relations: { from: string; to: string; kind: string }[];
  events: EventRow[];
  stories: StoryRow[];
  contacts: PublicContact[];
  borders: Border[];
  links: PageLinks;
};
