import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { WEBHOOK_EVENTS } from '../../../domain/webhooks';
import { ApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { useAuth } from '../../shared/auth';
import { CopyableSecret } from '../../ui/CopyableSecret';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Loading } from '../../ui/Loading';
import { PageTitle } from '../../ui/PageTitle';
import { DeliveryLog } from './DeliveryLog';
import { WEBHOOK_ERROR_CODES } from './dynamicKeys';
import {
  createEndpoint,
  listAllWorkspaces,
  listEndpoints,
  reenable,
  sendTest,
  type WebhookEndpoint,
} from './webhooks';

/** A refusal in the page's language: the address checks by their code, anything else in general. */
function useProblem() {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const attempt = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
      return true;
    } catch (e) {
      const known = e instanceof ApiError && (WEBHOOK_ERROR_CODES as readonly string[]).includes(e.code);
      setProblem(known ? label(t, 'webhookError', e.code) : t('webhooks.failed'));
      return false;
    }
  };
  return { problem, attempt };
}

/** A workspace's webhooks (its editors'): endpoints, a new one, its secret once, tests and the log. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { me, ready } = useAuth();
  const editable = me.workspaces.filter((w) => w.role === 'editor');
  const endpoints = useApi(me.user ? 'webhooks' : null, (signal) => listEndpoints(signal), true);
  // An installation admin may register for any workspace (and allow a private network for it).
  const all = useApi(me.user?.isAdmin ? 'webhook-workspaces' : null, listAllWorkspaces, true);
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const { problem, attempt } = useProblem();
  if (!ready) return <Loading />;
  if (!me.user || (editable.length === 0 && !me.user.isAdmin))
    return (
      <>
        <PageTitle>{t('webhooks.title')}</PageTitle>
        <p>{t('webhooks.editorsOnly')}</p>
      </>
    );
  const failing = (endpoints.data ?? []).filter((e) => e.disabledReason === 'failing');
  return (
    <>
      <PageTitle>{t('webhooks.title')}</PageTitle>
      <p className="muted">{t('webhooks.intro')}</p>
      {endpoints.state === 'error' && <ErrorNotice error={endpoints.error} />}
      {failing.length > 0 && (
        <InlineAlert status="warning" labelText={t('webhooks.failingTitle')}>
          {t('webhooks.failingText', { urls: failing.map((e) => e.url).join(', ') })}
        </InlineAlert>
      )}
      {problem && (
        <InlineAlert status="error" labelText={t('error.title')} role="alert">
          {problem}
        </InlineAlert>
      )}
      {secret && (
        <InlineAlert status="warning" labelText={t('webhooks.secretTitle', { url: secret.url })}>
          <p>{t('webhooks.secretOnce')}</p>
          <CopyableSecret id="webhook-secret" label={t('webhooks.secret')} value={secret.secret} />
        </InlineAlert>
      )}
      {(endpoints.data ?? []).map((endpoint) => (
        <EndpointPanel
          key={endpoint.id}
          endpoint={endpoint}
          onTest={() => attempt(() => sendTest(endpoint.id))}
          onEnable={() => attempt(() => reenable(endpoint.id)).then(endpoints.reload)}
        />
      ))}
      <NewEndpointForm
        isAdmin={me.user.isAdmin}
        workspaces={(me.user.isAdmin ? (all.data ?? []) : editable).map((w) => ({
          id: w.id,
          name: w.nameFi,
        }))}
        onCreate={(body) =>
          attempt(async () => {
            const made = await createEndpoint(body);
            setSecret({ url: made.url, secret: made.secret });
            endpoints.reload();
          })
        }
      />
    </>
  );
}

function EndpointPanel({
  endpoint,
  onTest,
  onEnable,
}: {
  endpoint: WebhookEndpoint;
  onTest: () => Promise<boolean>;
  onEnable: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [round, setRound] = useState(0);
  const headingId = `webhook-${endpoint.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{endpoint.url}</h2>
      <p>
        {endpoint.enabled
          ? t('webhooks.enabled')
          : t('webhooks.disabled', {
              reason: label(t, 'webhookDisabled', endpoint.disabledReason ?? 'manual'),
            })}
      </p>
      {endpoint.example && <p>{t('webhooks.example')}</p>}
      <p>
        {t('webhooks.events')}: {endpoint.events.map((e) => label(t, 'webhookEvent', e)).join(', ')}
      </p>
      {endpoint.enabled ? (
        <Button variant="secondary" onClick={() => void onTest().then((ok) => ok && setRound((r) => r + 1))}>
          {t('webhooks.sendTest')}
        </Button>
      ) : endpoint.example ? null : (
        <Button variant="secondary" onClick={() => void onEnable()}>
          {t('webhooks.reenable')}
        </Button>
      )}
      <h3>{t('webhooks.deliveriesTitle')}</h3>
      <DeliveryLog endpointId={endpoint.id} round={round} />
    </section>
  );
}

function NewEndpointForm({
  isAdmin,
  workspaces,
  onCreate,
}: {
  isAdmin: boolean;
  workspaces: { id: string; name: string }[];
  onCreate: (body: {
    url: string;
    events: (typeof WEBHOOK_EVENTS)[number][];
    workspaceId?: string;
  }) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>([]);
  const [picked, setWorkspaceId] = useState('');
  // The list may arrive after the first render (an admin's): until a choice, the first one.
  const workspaceId = picked || (workspaces[0]?.id ?? '');
  const [allowPrivate, setAllowPrivate] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const chosen = WEBHOOK_EVENTS.filter((ev) => events.includes(ev));
    if (
      await onCreate({
        url,
        events: chosen,
        ...(workspaceId ? { workspaceId } : {}),
        ...(allowPrivate ? { allowPrivateNetwork: true } : {}),
      })
    ) {
      setUrl('');
      setEvents([]);
    }
  };
  const toggle = (ev: string, on: boolean) =>
    setEvents((all) => (on ? [...all, ev] : all.filter((x) => x !== ev)));
  return (
    <section className="panel" aria-labelledby="new-webhook-heading">
      <h2 id="new-webhook-heading">{t('webhooks.newTitle')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <p>
          <label htmlFor="webhook-url">{t('webhooks.url')}</label>
          <br />
          <input
            id="webhook-url"
            type="url"
            required
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            size={60}
          />
        </p>
        {workspaces.length > 1 && (
          <p>
            <label htmlFor="webhook-workspace">{t('webhooks.workspace')}</label>
            <br />
            <select
              id="webhook-workspace"
              value={workspaceId}
              onChange={(e) => setWorkspaceId(e.target.value)}
            >
              {workspaces.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          </p>
        )}
        <fieldset>
          <legend>{t('webhooks.events')}</legend>
          {WEBHOOK_EVENTS.map((ev) => (
            <div key={ev}>
              <input
                type="checkbox"
                id={`webhook-event-${ev}`}
                checked={events.includes(ev)}
                onChange={(e) => toggle(ev, e.target.checked)}
              />{' '}
              <label htmlFor={`webhook-event-${ev}`}>{label(t, 'webhookEvent', ev)}</label>
            </div>
          ))}
        </fieldset>
        {isAdmin && (
          <p>
            <input
              type="checkbox"
              id="webhook-private"
              checked={allowPrivate}
              onChange={(e) => setAllowPrivate(e.target.checked)}
            />{' '}
            <label htmlFor="webhook-private">{t('webhooks.allowPrivate')}</label>
          </p>
        )}
        <Button type="submit" disabled={events.length === 0}>
          {t('webhooks.add')}
        </Button>
      </form>
    </section>
  );
}
