import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import type { Picture } from '../api';
import type { Namer } from '../names';
import { decimal } from '../numbers';
import { PictureMap } from '../PictureMap';
import { Figures, Section } from './Section';

const TOP = 10;
/** Communities are numbered by size: the largest tell the story, a long tail of pairs does not. */
const MAX_COMMUNITIES = 20;

/** How the actors are connected: key figures, the map, central actors, communities, brokers, isolated. */
export function NetworkSection({ picture, names }: { picture: Picture; names: Namer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const n = picture.network;
  const nameOf = new Map(n.actors.map((a) => [a.organisationId, a.name]));
  const org = (id: string) => <Link to={`/${lang}/organisations/${id}`}>{nameOf.get(id) ?? id}</Link>;
  const byBetweenness = [...n.actors].sort((a, b) => b.betweenness - a.betweenness).slice(0, TOP);
  return (
    <Section id="network" title={t('picture.network')}>
      <Figures
        items={[
          [t('picture.actors'), decimal(n.nodes, lang, 0)],
          [t('picture.ties'), decimal(n.edges, lang, 0)],
          [t('picture.externalRelations'), decimal(n.externalRelations, lang, 0)],
          [t('picture.density'), decimal(n.density, lang, 3)],
          [t('picture.components'), decimal(n.components.count, lang, 0)],
          [t('picture.modularity'), decimal(n.modularity, lang, 3)],
          [t('picture.communities'), decimal(n.communities.length, lang, 0)],
          [t('picture.isolatedCount'), decimal(n.isolated.length, lang, 0)],
        ]}
      />
      <h3>{t('picture.map')}</h3>
      {n.edgeList && n.actors.length > 0 ? <PictureMap network={n} /> : <p>{t('picture.mapTooLarge')}</p>}
      <DataTable
        caption={t('picture.topByPagerank')}
        columns={[
          { key: 'name', label: t('picture.actor'), render: (a) => org(a.organisationId) },
          { key: 'pagerank', label: 'PageRank', render: (a) => decimal(a.pagerank, lang, 4) },
          { key: 'degree', label: t('picture.degree'), render: (a) => decimal(a.degree, lang, 0) },
          { key: 'community', label: t('picture.community'), render: (a) => String(a.community + 1) },
        ]}
        rows={n.actors.slice(0, TOP)}
        rowKey={(a) => a.organisationId}
      />
      <DataTable
        caption={t('picture.topByBetweenness')}
        columns={[
          { key: 'name', label: t('picture.actor'), render: (a) => org(a.organisationId) },
          { key: 'b', label: t('picture.betweenness'), render: (a) => decimal(a.betweenness, lang, 4) },
        ]}
        rows={byBetweenness}
        rowKey={(a) => a.organisationId}
      />
      <DataTable
        caption={t('picture.communityTable')}
        columns={[
          { key: 'id', label: t('picture.community'), render: (c) => String(c.id + 1) },
          { key: 'size', label: t('picture.actors'), render: (c) => decimal(c.size, lang, 0) },
          {
            key: 'top',
            label: t('picture.communityTop'),
            render: (c) => c.topActors.map((id) => nameOf.get(id) ?? id).join(', '),
          },
          {
            key: 'divisions',
            label: t('picture.communityIndustries'),
            render: (c) => c.mainDivisions.map((d) => names.division(d.code)).join(', '),
          },
        ]}
        rows={n.communities.filter((c) => c.size > 1).slice(0, MAX_COMMUNITIES)}
        rowKey={(c) => String(c.id)}
      />
      <DataTable
        caption={t('picture.brokers')}
        columns={[
          { key: 'name', label: t('picture.actor'), render: (b) => org(b.organisationId) },
          { key: 'b', label: t('picture.betweenness'), render: (b) => decimal(b.betweenness, lang, 4) },
          {
            key: 'reach',
            label: t('picture.communitiesReached'),
            render: (b) => String(b.communitiesReached),
          },
        ]}
        rows={n.brokers}
        rowKey={(b) => b.organisationId}
        empty={t('picture.noBrokers')}
      />
      <h3>{t('picture.isolated')}</h3>
      {n.isolated.length === 0 ? (
        <p>{t('picture.noIsolated')}</p>
      ) : (
        <ul className="picture-list">
          {n.isolated.slice(0, 50).map((id) => (
            <li key={id}>{org(id)}</li>
          ))}
        </ul>
      )}
    </Section>
  );
}
