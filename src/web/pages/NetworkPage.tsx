import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../api/useApi';
import { CoverageSection } from '../features/networks/CoverageSection';
import { loadNetwork, type GraphData, type Measure } from '../shared/network-map/data';
import { buildGraphLater, LARGE_MAP_EDGES } from '../shared/network-map/graph';
import { MapControls } from '../features/networks/MapControls';
import { MapLegend } from '../features/networks/MapLegend';
import { nodeName } from '../features/networks/names';
import { NetworkMap } from '../shared/network-map/NetworkMap';
import { NetworkTables } from '../features/networks/NetworkTables';
import { NetworkHeader } from '../features/networks/NetworkHeader';
import { NETWORK_TABS, useNetworkAddress } from '../features/networks/address';
import { Tabs } from '../ui/Tabs';
import '../features/networks/network-page.css';
import { select, sizes, type MapView } from '../shared/network-map/view';
import { placeName, useReference } from '../shared/reference';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { NetworkManage } from '../features/entities/NetworkManage';
import { LocalText } from '../ui/LocalText';

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => !!v))].sort();

/** The view's selection, the sizes by the chosen measure and the id sets the map's reducers read. */
function useMapState(graph: GraphData | undefined, view: MapView) {
  const selection = useMemo(() => (graph ? select(graph, view) : null), [graph, view]);
  const filtered =
    !!graph &&
    !!selection &&
    (selection.nodeCount < graph.nodes.id.length || selection.edges.length < graph.edges.from.length);
  const shown = useMemo(
    () =>
      graph && selection && filtered
        ? {
            nodes: new Set(graph.nodes.id.filter((_, i) => selection.nodes[i])),
            edges: new Set(selection.edges.map(String)),
          }
        : null,
    [graph, selection, filtered],
  );
  const nodeSizes = useMemo(() => {
    if (!graph) return new Map<string, number>();
    const values = sizes(graph.measures[view.measure], graph.nodes.id.length > 2000);
    return new Map(graph.nodes.id.map((id, i) => [id, values[i]!]));
  }, [graph, view.measure]);
  return { selection, shown, nodeSizes };
}

/**
 * A network: its name and figures, then tabs: the interactive map of its members and relations (open at
 * first), the same as tables, the municipalities it covers, and what it is (with its editing).
 */
export default function NetworkPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const reference = useReference();
  const { key = '' } = useParams();
  const { view, setView, tab, setTab } = useNetworkAddress();
  const result = useApi(key, (signal) => loadNetwork(key, signal));
  const data = result.data;
  // The graph is built once per load (its edges after the first picture, see first-frame.ts); a language
  // switch only renames its labels.
  const graph = useMemo(() => {
    if (!data) return null;
    const built = buildGraphLater(data.graph, (i) => nodeName(data.graph, i, 'fi').text);
    performance.mark('map:graph built');
    return built;
  }, [data]);
  useEffect(() => {
    if (!graph || !data) return;
    data.graph.nodes.id.forEach((id, i) =>
      graph.setNodeAttribute(id, 'label', nodeName(data.graph, i, lang).text),
    );
  }, [graph, data, lang]);
  const { selection, shown, nodeSizes } = useMapState(data?.graph, view);
  // Sorted once per load and language, not on every hover: a large map has thousands of names.
  const searchItems = useCallback(() => {
    if (!data) return [];
    const collator = new Intl.Collator(lang);
    return data.graph.nodes.id
      .map((value, i) => ({ value, label: nodeName(data.graph, i, lang).text }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [data, lang]);

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error' || !data || !graph || !selection) return <ErrorNotice error={result.error} />;
  const n = data.network;
  const g = data.graph;
  const description = localized(n, 'description', lang);
  const measureName: Record<Measure, string> = {
    degree: t('map.measureDegree'),
    weightedDegree: t('map.measureWeightedDegree'),
    pagerank: t('map.measurePagerank'),
    betweenness: t('map.measureBetweenness'),
  };
  const tabName: Record<(typeof NETWORK_TABS)[number], string> = {
    map: t('network.tabMap'),
    actors: t('network.tabActors'),
    municipalities: t('network.tabMunicipalities'),
    about: t('network.tabAbout'),
  };
  const tabs = NETWORK_TABS.map((id) => ({ id, label: tabName[id] }));
  const municipalities = distinct(g.nodes.municipalityCode).map((code) => ({
    value: code,
    text:
      placeName(
        reference?.municipalities.find((m) => m.code === code),
        lang,
      ) || code,
  }));

  const panel = (() => {
    if (tab === 'actors')
      return (
        <section aria-labelledby="table-heading">
          <h2 id="table-heading">{t('network.tableView')}</h2>
          <NetworkTables
            graph={g}
            selection={selection}
            measure={view.measure}
            measureName={measureName[view.measure]}
          />
        </section>
      );
    if (tab === 'municipalities') return <CoverageSection coverage={n.coverage} />;
    if (tab === 'about')
      return (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('network.about')}</h2>
          <p>{description.text ? <LocalText text={description} /> : t('network.noDescription')}</p>
          <NetworkManage network={n} />
        </section>
      );
    return (
      <section aria-labelledby="map-heading">
        <h2 id="map-heading" className="visually-hidden">
          {t('network.map')}
        </h2>
        <NetworkMap
          graph={graph}
          searchItems={searchItems}
          shown={shown}
          sizes={nodeSizes}
          measure={view.measure}
          focus={view.focus && graph.hasNode(view.focus) ? view.focus : null}
          onFocus={(focus) => setView({ focus, depth: focus ? view.depth : 0 })}
          onOpen={(id) => navigate(`/${lang}/organisations/${id}`)}
          description={t('network.mapDescription', {
            organisations: selection.nodeCount,
            relations: selection.edges.length,
          })}
        />
        <p className="muted">{t('network.mapIntro')}</p>
        <MapControls
          view={view}
          kinds={distinct(g.nodes.kind)}
          relationKinds={distinct(g.edges.kind)}
          municipalities={municipalities}
          onChange={setView}
        />
        <MapLegend
          kinds={distinct(g.nodes.kind)}
          relationKinds={distinct(g.edges.kind)}
          measureName={measureName[view.measure]}
          simpleLines={g.edges.from.length > LARGE_MAP_EDGES}
        />
      </section>
    );
  })();

  // Name, one line of figures and the map come first; the long lists wait behind their tabs.
  return (
    <div className="network-page">
      <NetworkHeader network={n} relationCount={g.edges.from.length} pageKey={key} />
      <Tabs label={t('network.tabs')} idPrefix="network" tabs={tabs} selected={tab} onSelect={setTab}>
        {panel}
      </Tabs>
    </div>
  );
}
