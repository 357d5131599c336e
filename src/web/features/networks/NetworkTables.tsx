import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable } from '../../ui/DataTable';
import type { Organisation } from '../organisations/model';
import { placeName, useReference } from '../reference/reference';
import type { NetworkData } from './data';

/** The map's data as tables: every member (a node) and every relation (an edge), readable by anyone. */
export function NetworkTables({ data }: { data: NetworkData }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const byId = new Map(data.organisations.map((o) => [o.id, o]));
  const roleOf = new Map(data.members.map((m) => [m.organisationId, m.role]));
  const degree = new Map<string, number>();
  for (const r of data.relations) {
    degree.set(r.fromOrganisationId, (degree.get(r.fromOrganisationId) ?? 0) + 1);
    degree.set(r.toOrganisationId, (degree.get(r.toOrganisationId) ?? 0) + 1);
  }
  const nameLink = (o: Organisation | undefined) => {
    if (!o) return t('organisation.hiddenOrganisation');
    const name = localized(o, 'name', lang);
    return (
      <Link to={`/${lang}/organisations/${o.id}`} lang={name.lang === lang ? undefined : name.lang}>
        {name.text}
      </Link>
    );
  };
  const members = [...data.organisations].sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
  return (
    <>
      <DataTable
        caption={t('network.membersCaption', { count: members.length })}
        rows={members}
        rowKey={(o) => o.id}
        columns={[
          { key: 'name', label: t('organisations.columnName'), render: nameLink },
          {
            key: 'kind',
            label: t('organisations.columnKind'),
            render: (o) => label(t, 'organisationKind', o.kind),
          },
          {
            key: 'role',
            label: t('network.columnRole'),
            render: (o) => label(t, 'networkRole', roleOf.get(o.id) ?? ''),
          },
          {
            key: 'municipality',
            label: t('organisations.columnMunicipality'),
            render: (o) =>
              placeName(
                reference?.municipalities.find((m) => m.code === o.municipalityCode),
                lang,
              ),
          },
          { key: 'degree', label: t('network.columnDegree'), render: (o) => degree.get(o.id) ?? 0 },
        ]}
      />
      <div className="spacer" />
      <DataTable
        caption={t('network.relationsCaption', { count: data.relations.length })}
        rows={data.relations}
        rowKey={(r) => r.id}
        empty={t('network.noRelations')}
        columns={[
          {
            key: 'from',
            label: t('network.columnFrom'),
            render: (r) => nameLink(byId.get(r.fromOrganisationId)),
          },
          { key: 'to', label: t('network.columnTo'), render: (r) => nameLink(byId.get(r.toOrganisationId)) },
          {
            key: 'kind',
            label: t('network.columnRelationKind'),
            render: (r) => label(t, 'relationKind', r.kind),
          },
        ]}
      />
    </>
  );
}
