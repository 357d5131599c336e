import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../api/useApi';
import { CoverageSection } from '../features/networks/CoverageSection';
import { loadNetwork } from '../features/networks/data';
import { buildGraph } from '../features/networks/graph';
import { MapLegend } from '../features/networks/MapLegend';
import { NetworkMap } from '../features/networks/NetworkMap';
import { NetworkTables } from '../features/networks/NetworkTables';
import { label } from '../i18n/dynamic';
import { formatDate, localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

/** A network: its coverage, the interactive map of its members and relations, and the same as tables. */
export default function NetworkPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { key = '' } = useParams();
  const result = useApi(key, (signal) => loadNetwork(key, signal));
  const data = result.data;
  // The graph is built once per load; a language switch only renames its labels.
  const graph = useMemo(
    () =>
      data ? buildGraph(data.organisations, data.relations, (o) => localized(o, 'name', 'fi').text) : null,
    [data],
  );
  useEffect(() => {
    graph?.forEachNode((id) => {
      const o = data?.organisations.find((x) => x.id === id);
      if (o) graph.setNodeAttribute(id, 'label', localized(o, 'name', lang).text);
    });
  }, [graph, data, lang]);

  if (result.state === 'loading') return <Loading />;
  if (result.state === 'error' || !data || !graph) return <ErrorNotice error={result.error} />;
  const n = data.network;
  const name = localized(n, 'name', lang);
  const description = localized(n, 'description', lang);
  const kinds = [...new Set(data.organisations.map((o) => o.kind))].sort();
  const relationKinds = [...new Set(data.relations.map((r) => r.kind))].sort();
  const period = [formatDate(n.startOn as string | null, lang), formatDate(n.endOn as string | null, lang)];

  return (
    <>
      <p>
        <Link to={`/${lang}/networks`}>{t('network.backToList')}</Link>
      </p>
      <PageTitle lang={name.lang === lang ? undefined : name.lang}>{name.text}</PageTitle>
      <p className="muted">
        {label(t, 'networkKind', n.kind)}
        {(period[0] || period[1]) && ` · ${t('network.period', { start: period[0], end: period[1] })}`}
      </p>
      {description.text && (
        <p lang={description.lang === lang ? undefined : description.lang}>{description.text}</p>
      )}
      <CoverageSection coverage={n.coverage} memberCount={n.memberCount} />
      <section className="panel" aria-labelledby="map-heading">
        <h2 id="map-heading">{t('network.map')}</h2>
        <p>{t('network.mapIntro')}</p>
        <MapLegend kinds={kinds} relationKinds={relationKinds} />
        <NetworkMap
          graph={graph}
          onOpen={(id) => navigate(`/${lang}/organisations/${id}`)}
          description={t('network.mapDescription', {
            organisations: data.organisations.length,
            relations: data.relations.length,
          })}
        />
      </section>
      <section className="panel" aria-labelledby="table-heading">
        <h2 id="table-heading">{t('network.tableView')}</h2>
        <NetworkTables data={data} />
      </section>
    </>
  );
}
