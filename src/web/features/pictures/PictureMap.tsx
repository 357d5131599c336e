import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLang } from '../../i18n/lang';
import type { GraphData } from '../../shared/network-map/data';
import { buildGraph } from '../../shared/network-map/graph';
import { NetworkMap } from '../../shared/network-map/NetworkMap';
import { sizes } from '../../shared/network-map/view';
import { usePainted } from './afterPaint';
import type { Picture } from './api';

/** Colour-blind-safe hues, each at least 3:1 against white; communities beyond them share grey. */
const COMMUNITY_COLOURS = ['#0072B2', '#B35900', '#007A5E', '#A6457F', '#6A3D9A', '#C13B00', '#3B6FB6'];
const OTHER = '#6B6B6B';

/** The picture's merged ties as the map's columns: nodes in PageRank order, one edge per tie. */
function graphData(network: Picture['network']): GraphData {
  const actors = network.actors;
  const at = new Map(actors.map((a, i) => [a.organisationId, i]));
  const ties = (network.edgeList ?? []).filter((e) => at.has(e.from) && at.has(e.to));
  return {
    nodes: {
      id: actors.map((a) => a.organisationId),
      nameFi: actors.map((a) => a.name),
      nameSv: actors.map(() => null),
      nameEn: actors.map(() => null),
      kind: actors.map(() => 'other'),
      municipalityCode: actors.map(() => null),
      role: actors.map(() => ''),
    },
    measures: {
      degree: actors.map((a) => a.degree),
      weightedDegree: actors.map((a) => a.weightedDegree),
      pagerank: actors.map((a) => a.pagerank),
      betweenness: actors.map((a) => a.betweenness),
    },
    edges: {
      from: ties.map((e) => at.get(e.from)!),
      to: ties.map((e) => at.get(e.to)!),
      kind: ties.map(() => 'collaboration'),
      weight: ties.map((e) => e.weight),
    },
  };
}

/**
 * The network map of the picture (the same component as a network's page): circles sized by PageRank,
 * coloured by Leiden community, ties undirected as the picture counts them. Made (its graph, WebGL and
 * layout) once the page's figures are painted; its place is kept meanwhile.
 */
export function PictureMap({ network }: { network: Picture['network'] }) {
  return usePainted() ? <DrawnMap network={network} /> : <div className="picture-map-placeholder" />;
}

function DrawnMap({ network }: { network: Picture['network'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const [focus, setFocus] = useState<string | null>(null);
  const graph = useMemo(() => {
    const data = graphData(network);
    const g = buildGraph(data, (i) => data.nodes.nameFi[i]!);
    network.actors.forEach((a) =>
      g.mergeNodeAttributes(a.organisationId, { color: COMMUNITY_COLOURS[a.community] ?? OTHER }),
    );
    // Ties are undirected in the picture: lines, thin ones on a large map as buildGraph chose.
    g.forEachEdge((edge, a) =>
      g.mergeEdgeAttributes(edge, { type: a.type === 'thin' ? 'thin' : 'line', color: '#8A8A8A' }),
    );
    return g;
  }, [network]);
  const nodeSizes = useMemo(() => {
    const values = sizes(
      network.actors.map((a) => a.pagerank),
      network.actors.length > 2000,
    );
    return new Map(network.actors.map((a, i) => [a.organisationId, values[i]!]));
  }, [network]);
  // Sorted once per picture and language, as on a network's page.
  const searchItems = useCallback(() => {
    const collator = new Intl.Collator(lang);
    return network.actors
      .map((a) => ({ value: a.organisationId, label: a.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [network, lang]);
  return (
    <NetworkMap
      graph={graph}
      shown={null}
      sizes={nodeSizes}
      measure="pagerank"
      searchItems={searchItems}
      focus={focus}
      onFocus={setFocus}
      onOpen={(id) => navigate(`/${lang}/organisations/${id}`)}
      description={t('picture.mapDescription', {
        actors: network.nodes,
        ties: network.edges,
        communities: network.communities.length,
      })}
    />
  );
}
