import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { ActionError, attempt } from '../features/mapping/ActionError';
import type { DecisionResult, ProposalStatus, ReviewProposal } from '../features/mapping/api-types';
import { decide, loadProposals, loadRound } from '../features/mapping/api';
import { ProposalGroup } from '../features/mapping/ProposalGroup';
import { ProposalText } from '../features/mapping/ProposalText';
import {
  bulkChoices,
  groupByKind,
  orderedDecisions,
  toggleAll,
  type Choice,
} from '../features/mapping/review';
import { proposalKindText, proposalStatusText } from '../features/mapping/words';
import '../features/mapping/mapping.css';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { DataTable } from '../ui/DataTable';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { ExampleBadge } from '../ui/ExampleBadge';
import { PageTitle } from '../ui/PageTitle';

const STATUSES: ProposalStatus[] = ['pending', 'accepted', 'merged', 'rejected', 'withdrawn'];

type Decided = { proposal: ReviewProposal; result: DecisionResult };

/** What the last decisions did, each proposal with its new status. */
function Results({ decided }: { decided: Decided[] }) {
  const { t } = useTranslation();
  if (decided.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('mapping.review.results')}</h2>
      <InlineAlert status="neutral" role="status" mb="m">
        {t('mapping.review.decided', { count: decided.length })}
      </InlineAlert>
      <DataTable
        caption={t('mapping.review.results')}
        rows={decided}
        rowKey={(d) => d.result.id}
        columns={[
          { key: 'kind', label: t('mapping.kind'), render: (d) => proposalKindText(t, d.proposal.kind) },
          {
            key: 'proposal',
            label: t('mapping.review.proposal'),
            render: (d) => <ProposalText proposal={d.proposal} />,
          },
          {
            key: 'status',
            label: t('mapping.review.status'),
            render: (d) => proposalStatusText(t, d.result.status),
          },
        ]}
      />
    </section>
  );
}

/** The review queue: what answers propose for the roster, accepted, merged or rejected by an editor. */
export function ReviewPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { id = '' } = useParams();
  const [status, setStatus] = useState<ProposalStatus>('pending');
  const round = useApi(`round:${id}`, (signal) => loadRound(id, signal));
  const proposals = useApi(`proposals:${id}:${status}`, (signal) => loadProposals(id, status, signal));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [decided, setDecided] = useState<Decided[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (round.state === 'loading') return <Loading />;
  if (round.state === 'error') return <ErrorNotice error={round.error} />;
  const name = localized(round.data, 'name', lang);
  const items = proposals.data ?? [];

  const send = async (chosen: Record<string, Choice>) => {
    const decisions = orderedDecisions(items, chosen);
    if (decisions.length === 0) return;
    const results = await attempt(() => decide(id, decisions), setBusy, setError);
    if (!results) return;
    setDecided(
      results.flatMap((result) =>
        items.filter((p) => p.id === result.id).map((proposal) => ({ proposal, result })),
      ),
    );
    // What was decided leaves the queue; choices made for the rest stay.
    const done = new Set(results.map((r) => r.id));
    setSelected((old) => new Set([...old].filter((pid) => !done.has(pid))));
    setChoices((old) => Object.fromEntries(Object.entries(old).filter(([pid]) => !done.has(pid))));
    proposals.reload();
  };

  const chosenCount = orderedDecisions(items, choices).length;
  return (
    <>
      <p>
        <Link to={`/${lang}/mapping-rounds/${id}`}>{t('mapping.backToRound')}</Link>
      </p>
      <PageTitle sub={name.text}>{t('mapping.review.title')}</PageTitle>
      {round.data.example && <ExampleBadge note={t('mapping.exampleRound')} />}
      <Paragraph mb="m">{t('mapping.review.intro')}</Paragraph>
      <Dropdown
        id="review-status"
        labelText={t('mapping.review.showStatus')}
        value={status}
        onChange={(v: string) => {
          setStatus(v as ProposalStatus);
          setSelected(new Set());
          setChoices({});
        }}
      >
        {STATUSES.map((s) => (
          <DropdownItem key={s} value={s}>
            {proposalStatusText(t, s)}
          </DropdownItem>
        ))}
      </Dropdown>
      <ActionError error={error} />
      <Results decided={decided} />
      {proposals.state === 'loading' && <Loading />}
      {proposals.state === 'error' && <ErrorNotice error={proposals.error} />}
      {proposals.state === 'ready' && items.length === 0 && <p>{t('mapping.review.empty')}</p>}
      {proposals.state === 'ready' && status !== 'pending' && items.length > 0 && (
        <DataTable
          caption={proposalStatusText(t, status)}
          rows={items}
          rowKey={(p) => p.id}
          columns={[
            { key: 'kind', label: t('mapping.kind'), render: (p) => proposalKindText(t, p.kind) },
            {
              key: 'proposal',
              label: t('mapping.review.proposal'),
              render: (p) => <ProposalText proposal={p} />,
            },
            { key: 'respondent', label: t('mapping.review.respondent'), render: (p) => p.respondentName },
            {
              key: 'question',
              label: t('mapping.review.question'),
              render: (p) => p.questionLabel[lang] ?? p.questionLabel.fi,
            },
          ]}
        />
      )}
      {proposals.state === 'ready' && status === 'pending' && items.length > 0 && (
        <>
          {groupByKind(items).map((group) => (
            <ProposalGroup
              key={group.kind}
              kind={group.kind}
              items={group.items}
              selected={selected}
              onSelect={(pid, on) =>
                setSelected((old) => {
                  const next = new Set(old);
                  if (on) next.add(pid);
                  else next.delete(pid);
                  return next;
                })
              }
              onSelectAll={() => setSelected((old) => toggleAll(old, group.items))}
              choices={choices}
              onChoose={(pid, choice) => setChoices((old) => ({ ...old, [pid]: choice }))}
              onBulk={(action) =>
                void send(
                  bulkChoices(
                    group.items.filter((p) => selected.has(p.id)).map((p) => p.id),
                    action,
                  ),
                )
              }
              busy={busy}
            />
          ))}
          <div className="panel">
            <Button disabled={busy || chosenCount === 0} onClick={() => void send(choices)}>
              {t('mapping.review.saveDecisions', { count: chosenCount })}
            </Button>
          </div>
        </>
      )}
    </>
  );
}
