import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { SaveFailed } from '../../shared/forms/useAttempt';
import { useAuth } from '../../shared/auth';
import { CopyableSecret } from '../../ui/CopyableSecret';
import { NewTokenForm } from './NewTokenForm';
import { createToken, listTokens, revokeToken, type ApiToken, type NewToken } from './tokens';

/** The user's API tokens: list, create (the secret shown once with a copy button) and revoke. */
export function TokensSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const tokens = useApi('tokens', (signal) => listTokens(signal), true);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [failed, setFailed] = useState(false);

  const create = async (body: NewToken) => {
    setFailed(false);
    try {
      const made = await createToken(body);
      setCreated({ name: made.name, token: made.token });
      tokens.reload();
      return true;
    } catch {
      setFailed(true);
      return false;
    }
  };

  const revoke = async (token: ApiToken) => {
    setFailed(false);
    try {
      await revokeToken(token.id);
    } catch {
      setFailed(true);
    }
    tokens.reload();
  };

  const workspaceName = (id: string | null) =>
    id ? (me.workspaces.find((w) => w.id === id)?.nameFi ?? id) : t('account.tokenAnyWorkspace');
  const state = (token: ApiToken) =>
    token.revokedAt
      ? t('account.tokenRevoked')
      : token.expiresAt && token.expiresAt < new Date().toISOString()
        ? t('account.tokenExpired')
        : t('account.tokenActive');
  const columns: Column<ApiToken>[] = [
    { key: 'name', label: t('account.tokenName'), render: (r) => r.name },
    { key: 'scopes', label: t('account.tokenScopes'), render: (r) => r.scopes.join(', ') },
    { key: 'workspace', label: t('account.tokenWorkspace'), render: (r) => workspaceName(r.workspaceId) },
    { key: 'created', label: t('account.tokenCreated'), render: (r) => formatDate(r.createdAt, lang) },
    { key: 'used', label: t('account.tokenLastUsed'), render: (r) => formatDate(r.lastUsedAt, lang) },
    { key: 'expires', label: t('account.tokenExpires'), render: (r) => formatDate(r.expiresAt, lang) },
    { key: 'state', label: t('account.tokenState'), render: state },
    {
      key: 'actions',
      label: t('account.actions'),
      render: (r) =>
        r.revokedAt ? null : (
          <Button
            variant="secondary"
            aria-label={t('account.tokenRevokeNamed', { name: r.name })}
            onClick={() => void revoke(r)}
          >
            {t('account.tokenRevoke')}
          </Button>
        ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('account.tokensTitle')}</h2>
      <p className="muted">{t('account.tokensIntro')}</p>
      {tokens.state === 'error' && <ErrorNotice error={tokens.error} />}
      <DataTable
        caption={t('account.tokensCaption')}
        columns={columns}
        rows={tokens.data ?? []}
        rowKey={(r) => r.id}
        busy={tokens.busy}
        empty={tokens.state === 'loading' ? t('common.loading') : t('account.tokensNone')}
      />
      {created && (
        <InlineAlert status="warning" labelText={t('account.tokenCreatedTitle', { name: created.name })}>
          <p>{t('account.tokenShownOnce')}</p>
          <CopyableSecret id="new-token-secret" label={t('account.tokenSecret')} value={created.token} />
        </InlineAlert>
      )}
      <SaveFailed shown={failed} />
      <NewTokenForm onCreate={create} />
    </section>
  );
}
