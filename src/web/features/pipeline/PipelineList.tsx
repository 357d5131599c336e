import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { DataTable, type Column } from '../../ui/DataTable';
import { CardTitle, LastActivity, LocalName, NextAction, OwnerName, PersonInRole } from './CardFacts';
import { byDueDate, type Card } from './pipeline';

/** The pipeline as a table, sorted by due date (either way). */
export function PipelineList({ cards, today }: { cards: Card[]; today: string }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState('nextStepOn');
  const columns: Column<Card>[] = [
    { key: 'organisation', label: t('pipeline.organisation'), render: (c) => <CardTitle card={c} /> },
    { key: 'person', label: t('pipeline.person'), render: (c) => <PersonInRole card={c} /> },
    { key: 'stage', label: t('pipeline.stage'), render: (c) => label(t, 'contactStage', c.stage) },
    {
      key: 'owner',
      label: t('pipeline.owner'),
      render: (c) => <OwnerName card={c} />,
    },
    {
      key: 'nextStepOn',
      label: t('pipeline.nextAction'),
      sortKey: 'nextStepOn',
      render: (c) => <NextAction card={c} today={today} />,
    },
    { key: 'need', label: t('pipeline.need'), render: (c) => (c.need ? <LocalName record={c.need} /> : '') },
    { key: 'last', label: t('pipeline.lastActivity'), render: (c) => <LastActivity card={c} /> },
  ];
  return (
    <DataTable
      caption={t('pipeline.listCaption')}
      columns={columns}
      rows={byDueDate(cards, sort.startsWith('-'))}
      rowKey={(c) => c.id}
      sort={sort}
      onSort={setSort}
      empty={t('pipeline.noCards')}
    />
  );
}
