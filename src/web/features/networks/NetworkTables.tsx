import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { formatNumber } from '../../i18n/format';
import { localeOf, useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import { placeName, useReference } from '../../shared/reference';
import type { GraphData, Measure } from '../../shared/network-map/data';
import { nodeName } from './names';
import type { Selection } from '../../shared/network-map/view';

type Props = { graph: GraphData; selection: Selection; measure: Measure; measureName: string };

/** Thousands of rows would take the page seconds to draw; the filters narrow, a button shows all. */
const FIRST_ROWS = 100;

/** The map's data as tables, with the map's filters: every shown member and every shown relation. */
export function NetworkTables({ graph, selection, measure, measureName }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const [all, setAll] = useState(false);
  const values = graph.measures[measure];
  const figure = new Intl.NumberFormat(localeOf(lang), { maximumSignificantDigits: 3 });
  const nameLink = (i: number) => {
    const name = nodeName(graph, i, lang);
    return (
      <Link
        to={`/${lang}/organisations/${graph.nodes.id[i]}`}
        lang={name.lang === lang ? undefined : name.lang}
      >
        {name.text}
      </Link>
    );
  };
  // Largest first by the chosen measure: the table answers "who matters most here" like the map does.
  // One collator for all comparisons: localeCompare would build one per call, thousands of times.
  const collator = new Intl.Collator('fi');
  const members = graph.nodes.id
    .map((_, i) => i)
    .filter((i) => selection.nodes[i])
    .sort(
      (a, b) => values[b]! - values[a]! || collator.compare(graph.nodes.nameFi[a]!, graph.nodes.nameFi[b]!),
    );
  const relations = selection.edges;
  const cut = <T,>(rows: T[]) => (all ? rows : rows.slice(0, FIRST_ROWS));
  const hidden = members.length > FIRST_ROWS || relations.length > FIRST_ROWS;
  return (
    <>
      {hidden && (
        <p>
          {all ? t('map.tableAll') : t('map.tableFirst', { count: FIRST_ROWS })}{' '}
          <Button variant="secondary" onClick={() => setAll(!all)}>
            {all ? t('map.tableShowFirst', { count: FIRST_ROWS }) : t('map.tableShowAll')}
          </Button>
        </p>
      )}
      <DataTable
        caption={t('network.membersCaption', { count: members.length })}
        rows={cut(members)}
        rowKey={(i) => graph.nodes.id[i]!}
        columns={[
          { key: 'name', label: t('organisations.columnName'), render: nameLink },
          {
            key: 'kind',
            label: t('organisations.columnKind'),
            render: (i) => label(t, 'organisationKind', graph.nodes.kind[i]!),
          },
          {
            key: 'role',
            label: t('network.columnRole'),
            render: (i) => label(t, 'networkRole', graph.nodes.role[i]!),
          },
          {
            key: 'municipality',
            label: t('organisations.columnMunicipality'),
            render: (i) =>
              placeName(
                reference?.municipalities.find((m) => m.code === graph.nodes.municipalityCode[i]),
                lang,
              ),
          },
          { key: 'measure', label: measureName, render: (i) => figure.format(values[i]!) },
        ]}
      />
      <div className="spacer" />
      <DataTable
        caption={t('network.relationsCaption', { count: relations.length })}
        rows={cut(relations)}
        rowKey={(e) => String(e)}
        empty={t('network.noRelations')}
        columns={[
          { key: 'from', label: t('network.columnFrom'), render: (e) => nameLink(graph.edges.from[e]!) },
          { key: 'to', label: t('network.columnTo'), render: (e) => nameLink(graph.edges.to[e]!) },
          {
            key: 'kind',
            label: t('network.columnRelationKind'),
            render: (e) => label(t, 'relationKind', graph.edges.kind[e]!),
          },
          {
            key: 'weight',
            label: t('map.columnWeight'),
            render: (e) => formatNumber(graph.edges.weight[e]!, lang),
          },
        ]}
      />
    </>
  );
}
