import Graph from 'graphology';
import type { ORGANISATION_KINDS, RELATION_KINDS } from '../../../domain/enums';
import type { Organisation } from '../organisations/model';
import type { Relation } from './data';

/** Colour-blind-safe hues (Okabe–Ito and neighbours), each at least 3:1 against white. */
export const KIND_COLORS: Record<(typeof ORGANISATION_KINDS)[number], string> = {
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

export const RELATION_COLORS: Record<(typeof RELATION_KINDS)[number], string> = {
  collaboration: '#2A6EBB',
  project_partner: '#007A5E',
  supply_chain: '#C13B00',
  customer: '#B35900',
  education: '#A6457F',
  ownership: '#6A3D9A',
  membership: '#3B8FB6',
  funding: '#7A6A00',
  other: '#8A8A8A',
};

export type NodeAttributes = {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
};
export type EdgeAttributes = { kind: string; color: string; size: number };

/** Node size grows with the square root of the degree, so hubs stand out without hiding the rest. */
export const sizeFor = (degree: number) => 5 + 3 * Math.sqrt(degree);

/**
 * The network as a graphology graph: a node per organisation, an edge per relation. Nodes start on a
 * circle in name order, so the layout that follows is the same on every load.
 */
export function buildGraph(
  organisations: Organisation[],
  relations: Relation[],
  nameOf: (o: Organisation) => string,
) {
  const graph = new Graph<NodeAttributes, EdgeAttributes>({
    multi: true,
    type: 'mixed',
    allowSelfLoops: false,
  });
  const sorted = [...organisations].sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
  sorted.forEach((o, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, sorted.length);
    graph.addNode(o.id, {
      label: nameOf(o),
      kind: o.kind,
      x: Math.cos(angle) * 100,
      y: Math.sin(angle) * 100,
      size: 5,
      color: KIND_COLORS[o.kind] ?? KIND_COLORS.other,
    });
  });
  for (const r of relations) {
    if (!graph.hasNode(r.fromOrganisationId) || !graph.hasNode(r.toOrganisationId)) continue;
    graph.addDirectedEdgeWithKey(r.id, r.fromOrganisationId, r.toOrganisationId, {
      kind: r.kind,
      color: RELATION_COLORS[r.kind as keyof typeof RELATION_COLORS] ?? RELATION_COLORS.other,
      size: 2,
    });
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, 'size', sizeFor(graph.degree(node))));
  return graph;
}
