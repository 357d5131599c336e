import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Button, TextInput } from 'suomifi-ui-components';
import { records } from '../../api/client';
import { useApi } from '../../api/useApi';
import { PROJECT_ROLES } from '../../../domain/enums';
import { label } from '../../i18n/dynamic';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { editableWorkspaces, useAuth } from '../../shared/auth';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { LocalText } from '../../ui/LocalText';
import { PageTitle } from '../../ui/PageTitle';
import { addPartner, createConsortium, loadConsortia, type ConsortiumSummary } from './api';

type Role = (typeof PROJECT_ROLES)[number];

const LEADING: readonly string[] = ['main_implementer', 'co_implementer', 'partner', 'network_partner'];

/** A project's implementers and partners (not its funders or steering group), each organisation once. */
async function partnersOfProject(projectId: string | undefined) {
  if (!projectId) return [];
  const roles = await records.all('project-roles', { projectId });
  const seen = new Set<string>();
  return roles.flatMap((r) => {
    const organisationId = String(r.organisationId);
    if (!LEADING.includes(String(r.role)) || seen.has(organisationId)) return [];
    seen.add(organisationId);
    return [{ organisationId, role: r.role as Role }];
  });
}

/**
 * Starts a consortium for the call the funding call's page came from, in the editor's workspace; from a
 * project's page, with the project's implementers and partners.
 */
function StartConsortium({ fundingCallId, projectId }: { fundingCallId: string; projectId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const workspace = editableWorkspaces(me)[0];
  const call = useApi(`funding-calls/${fundingCallId}`, (signal) =>
    records.read('funding-calls', fundingCallId, signal),
  );
  const [name, setName] = useState('');
  const { failed, attempt } = useAttempt();
  if (!workspace || call.state !== 'ready') return null;
  const title = localized(call.data, 'title', lang).text;
  const start = () =>
    attempt(async () => {
      const partners = await partnersOfProject(projectId);
      const made = await createConsortium(
        { name: name.trim() || title, fundingCallId, ...(projectId ? { projectId, partners } : {}) },
        workspace.id,
      );
      navigate(`/${lang}/consortia/${made.id}`);
    });
  return (
    <section className="panel" aria-labelledby="consortium-start">
      <h2 id="consortium-start">{t('consortium.startHeading', { call: title })}</h2>
      <TextInput
        labelText={t('consortium.name')}
        value={name}
        placeholder={title}
        onChange={(v) => setName(String(v ?? ''))}
        fullWidth
      />
      <SaveFailed shown={failed} />
      <Button onClick={() => void start()}>{t('consortium.start')}</Button>
    </section>
  );
}

/** Adds an organisation (from its page or from partner search) to the consortium the editor chooses. */
function AddOrganisation({
  organisationId,
  consortia,
}: {
  organisationId: string;
  consortia: ConsortiumSummary[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const mine = consortia.filter((c) => c.canEdit);
  const organisation = useApi(`organisations/${organisationId}`, (signal) =>
    records.read('organisations', organisationId, signal),
  );
  const [chosen, setChosen] = useState<string>();
  const [role, setRole] = useState<Role>('partner');
  const { failed, attempt } = useAttempt();
  if (organisation.state === 'error') return <ErrorNotice error={organisation.error} />;
  if (organisation.state !== 'ready') return null;
  const name = localized(organisation.data, 'name', lang).text;
  const target = chosen ?? mine[0]?.id;
  if (!target) return <p>{t('consortium.noneToAddTo', { name })}</p>;
  const add = () =>
    attempt(async () => {
      await addPartner(target, { organisationId, role });
      navigate(`/${lang}/consortia/${target}`);
    });
  return (
    <section className="panel" aria-labelledby="consortium-add">
      <h2 id="consortium-add">{t('consortium.addHeading', { name })}</h2>
      <ChoiceGroup
        name="consortium-choice"
        labelText={t('consortium.chooseConsortium')}
        value={target}
        onChange={setChosen}
        options={mine.map((c) => c.id)}
        text={(id) => mine.find((c) => c.id === id)!.name}
      />
      <ChoiceGroup
        name="consortium-role"
        labelText={t('consortium.roleColumn')}
        value={role}
        onChange={setRole}
        options={PROJECT_ROLES}
        text={(r) => label(t, 'projectRole', r)}
      />
      <SaveFailed shown={failed} />
      <Button onClick={() => void add()}>{t('consortium.addButton')}</Button>
    </section>
  );
}

/** The consortia the reader may read; from a call's page, starting one; from an organisation, adding it. */
export function ConsortiaList() {
  const { t } = useTranslation();
  const lang = useLang();
  const [params] = useSearchParams();
  const fundingCallId = params.get('fundingCallId') ?? undefined;
  const organisationId = params.get('addOrganisation');
  const consortia = useApi(`consortia/${fundingCallId ?? ''}`, (signal) =>
    loadConsortia(fundingCallId, signal),
  );
  const columns: Column<ConsortiumSummary>[] = [
    {
      key: 'name',
      label: t('consortium.name'),
      render: (c) => <Link to={`/${lang}/consortia/${c.id}`}>{c.name}</Link>,
    },
    {
      key: 'call',
      label: t('consortium.callColumn'),
      render: (c) => <LocalText text={localized(c.fundingCall, 'title', lang)} />,
    },
    { key: 'partners', label: t('consortium.partnerCountColumn'), render: (c) => String(c.partnerCount) },
    { key: 'updated', label: t('consortium.updatedColumn'), render: (c) => formatDate(c.updatedAt, lang) },
  ];
  return (
    <>
      <PageTitle>{t('consortium.listTitle')}</PageTitle>
      <p>{t('consortium.listIntro')}</p>
      {organisationId && consortia.data && (
        <AddOrganisation organisationId={organisationId} consortia={consortia.data} />
      )}
      {fundingCallId && !organisationId && (
        <StartConsortium fundingCallId={fundingCallId} projectId={params.get('projectId') ?? undefined} />
      )}
      {consortia.state === 'error' && <ErrorNotice error={consortia.error} />}
      <DataTable
        caption={t('consortium.listCaption')}
        columns={columns}
        rows={consortia.data ?? []}
        rowKey={(c) => c.id}
        empty={consortia.state === 'loading' ? t('consortium.loading') : t('consortium.noConsortia')}
      />
    </>
  );
}
