/**
 * How the network map draws an actor, in one place for the web map and the server's network exports
 * (GEXF, GraphML): the colour of each organisation kind, the measures a map can size its circles by, and
 * the size a measure gives. A file opened in Gephi or yEd then looks as the map does.
 */
import type { ORGANISATION_KINDS } from './enums.js';

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Colour-blind-safe hues (Okabe–Ito and neighbours), each at least 3:1 against white. */
export const KIND_COLORS: Record<OrganisationKind, string> = {
  company: '#0072B2',
  education: '#B35900',
  rdi: '#007A5E',
  municipality: '#A6457F',
  development_company: '#C13B00',
  funder: '#3B6FB6',
  association: '#7A6A00',
  public_agency: '#6A3D9A',
  other: '#6B6B6B',
};

/** The colour of a kind; an unknown or missing kind is drawn as "other". */
export const kindColor = (kind: string | null | undefined): string =>
  KIND_COLORS[kind as OrganisationKind] ?? KIND_COLORS.other;

/** A #rrggbb colour as its red, green and blue bytes (what GEXF's viz:color and Gephi's GraphML keys take). */
export function rgbOf(hex: string): { r: number; g: number; b: number } {
  const value = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!value) throw new RangeError(`'${hex}' is not a #rrggbb colour`);
  const n = Number.parseInt(value[1]!, 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/** The measures a map sizes its circles by; the first is the default. */
export const MAP_MEASURES = ['degree', 'weightedDegree', 'pagerank', 'betweenness'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];
export const DEFAULT_MAP_MEASURE: MapMeasure = 'degree';

/** Above this many actors a map draws smaller circles, or the picture is one blot. */
export const LARGE_MAP_NODES = 2000;

/** Circle size grows with the square root of the measure scaled to 0..1, so hubs stand out without hiding the rest. */
export function nodeSizes(values: readonly number[], large: boolean): number[] {
  const max = values.reduce((a, b) => Math.max(a, b), 0);
  const [min, span] = large ? [1.5, 12] : [5, 15];
  return values.map((v) => min + span * Math.sqrt(max > 0 ? Math.max(v, 0) / max : 0));
}
