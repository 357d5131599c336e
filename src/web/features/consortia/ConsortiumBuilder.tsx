import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { formatDate, formatNumber, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { LocalText } from '../../ui/LocalText';
import { PageTitle } from '../../ui/PageTitle';
import {
  addPartner,
  consortiumFileUrl,
  intoProject,
  loadCheck,
  loadConsortium,
  removePartner,
  tickRule,
  type Consortium,
  type FoundOrganisation,
  type NewPartner,
  type Partner,
  type Suggestion,
} from './api';
import { personLabel } from './ContactPersonSelect';
import { FittingCalls } from './FittingCalls';
import { OrganisationSearch } from './OrganisationSearch';
import { PartnerChange } from './PartnerChange';
import { RuleChecklist } from './RuleChecklist';
import './consortia.css';

function PartnerTable({
  c,
  busy,
  onRemove,
}: {
  c: Consortium;
  busy: boolean;
  onRemove: (p: Partner) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: Column<Partner>[] = [
    {
      key: 'name',
      label: t('consortium.partnerColumn'),
      render: (p) => (
        <Link to={`/${lang}/organisations/${p.organisationId}`}>
          <LocalText text={localized(p, 'name', lang)} />
        </Link>
      ),
    },
    { key: 'role', label: t('consortium.roleColumn'), render: (p) => label(t, 'projectRole', p.role) },
    {
      key: 'town',
      label: t('consortium.townColumn'),
      render: (p) => (p.municipalityFi ? localized(p, 'municipality', lang).text : ''),
    },
    { key: 'kind', label: t('consortium.kindColumn'), render: (p) => label(t, 'organisationKind', p.kind) },
    {
      key: 'contact',
      label: t('consortium.contactColumn'),
      render: (p) =>
        p.contactPersonId ? personLabel({ fullName: p.contactName, title: p.contactTitle }) : '',
    },
    {
      key: 'budget',
      label: t('consortium.budgetColumn'),
      render: (p) => (p.budgetEur === null ? '' : `${formatNumber(p.budgetEur, lang)} €`),
    },
  ];
  if (c.canEdit)
    columns.push({
      key: 'remove',
      label: t('consortium.actionsColumn'),
      render: (p) => (
        <Button variant="secondary" disabled={busy} onClick={() => onRemove(p)}>
          {t('consortium.remove', { name: localized(p, 'name', lang).text })}
        </Button>
      ),
    });
  return (
    <DataTable
      caption={t('consortium.partners', { count: c.partners.length })}
      columns={columns}
      rows={c.partners}
      rowKey={(p) => p.organisationId}
      empty={t('consortium.noPartners')}
    />
  );
}

function Downloads({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <p className="toolbar">
      <a className="button-link" href={consortiumFileUrl(id, 'xlsx', lang)} download>
        {t('consortium.downloadXlsx')}
      </a>{' '}
      <a className="button-link" href={consortiumFileUrl(id, 'docx', lang)} download>
        {t('consortium.downloadDocx')}
      </a>
    </p>
  );
}

function MakeProject({ c, onMade }: { c: Consortium; onMade: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { failed, attempt } = useAttempt();
  const [made, setMade] = useState<{ projectId: string; rolesAdded: number } | null>(null);
  const make = () =>
    attempt(async () => {
      const answer = await intoProject(c.id);
      setMade({ projectId: answer.projectId, rolesAdded: answer.rolesAdded });
      onMade();
    });
  const projectId = made?.projectId ?? c.projectId;
  return (
    <section className="panel" aria-labelledby="consortium-project">
      <h2 id="consortium-project">{t('consortium.projectHeading')}</h2>
      <p>{t('consortium.projectIntro')}</p>
      {projectId && (
        <p>
          <Link to={`/${lang}/projects/${projectId}`}>{t('consortium.openProject')}</Link>
        </p>
      )}
      {made && <p role="status">{t('consortium.projectMade', { count: made.rolesAdded })}</p>}
      <SaveFailed shown={failed} />
      {c.canEdit && <Button onClick={() => void make()}>{t('consortium.makeProject')}</Button>}
    </section>
  );
}

/** The builder: the call, the partners with role and town, the live rule checklist, suggestions, files. */
export function ConsortiumBuilder({ id }: { id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const consortium = useApi(`consortium/${id}`, (signal) => loadConsortium(id, signal));
  const check = useApi(`consortium/${id}/check`, (signal) => loadCheck(id, signal));
  const { failed, busy, attempt } = useAttempt();
  const [notice, setNotice] = useState('');

  if (consortium.state === 'loading') return <Loading />;
  if (consortium.state === 'error') return <ErrorNotice error={consortium.error} />;
  const c = consortium.data;
  const change = (work: () => Promise<unknown>, done: string) =>
    attempt(async () => {
      await work();
      setNotice(done);
      consortium.reload();
      check.reload();
    });
  const add = (o: Suggestion | FoundOrganisation, role: NewPartner['role'] = 'partner') =>
    change(
      () => addPartner(c.id, { organisationId: o.id, role }),
      t('consortium.added', { name: localized(o, 'name', lang).text }),
    );
  const tick = (index: number, ticked: boolean) =>
    change(
      () => tickRule(c.id, index, ticked),
      ticked ? t('consortium.tickSaved') : t('consortium.tickRemoved'),
    );
  const remove = (p: Partner) =>
    change(
      () => removePartner(c.id, p.organisationId),
      t('consortium.removed', { name: localized(p, 'name', lang).text }),
    );
  return (
    <>
      <p>
        <Link to={`/${lang}/consortia`}>{t('consortium.allConsortia')}</Link>
      </p>
      <PageTitle sub={t('consortium.one')}>{c.name}</PageTitle>
      <p>
        {t('consortium.call')}{' '}
        <Link to={`/${lang}/funding-calls/${c.fundingCall.id}`}>
          <LocalText text={localized(c.fundingCall, 'title', lang)} />
        </Link>{' '}
        – {t('consortium.deadline', { date: formatDate(c.fundingCall.deadlineAt, lang) })}
      </p>
      <p role="status" className="muted">
        {notice}
      </p>
      <SaveFailed shown={failed} />
      <section className="panel" aria-labelledby="consortium-rules">
        <h2 id="consortium-rules">{t('consortium.rulesHeading')}</h2>
        {check.state === 'error' && <ErrorNotice error={check.error} />}
        {check.state === 'loading' && <Loading />}
        {check.data && (
          <RuleChecklist
            verdicts={check.data}
            canEdit={c.canEdit}
            onAdd={(s) => void add(s)}
            busy={busy}
            ticks={c.ruleTicks}
            onTick={(index, ticked) => void tick(index, ticked)}
          />
        )}
      </section>
      <section className="panel" aria-labelledby="consortium-partners">
        <h2 id="consortium-partners">{t('consortium.partnersHeading')}</h2>
        <PartnerTable c={c} busy={busy} onRemove={(p) => void remove(p)} />
        {c.canEdit && <OrganisationSearch c={c} busy={busy} onAdd={(o, role) => void add(o, role)} />}
        {c.canEdit && (
          <PartnerChange
            key={c.updatedAt}
            c={c}
            busy={busy}
            onChange={(work, done) => void change(work, done)}
          />
        )}
        <Downloads id={c.id} />
      </section>
      <FittingCalls c={c} />
      <MakeProject c={c} onMade={consortium.reload} />
    </>
  );
}
