import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, CheckboxGroup, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { TOKEN_SCOPES } from '../../../domain/enums';
import { useAuth } from '../../shared/auth';
import { endOfDay, type NewToken } from './tokens';

const ANY = 'any';

type Errors = { name?: string; scopes?: string; expiresOn?: string };

/** Name, scopes, an optional workspace limit and expiry date of a new API token. */
export function NewTokenForm({ onCreate }: { onCreate: (body: NewToken) => Promise<boolean> }) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<NewToken['scopes']>(['read']);
  const [workspace, setWorkspace] = useState(ANY);
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!name.trim()) found.name = t('account.tokenNameRequired');
    if (scopes.length === 0) found.scopes = t('account.tokenScopeRequired');
    if (expiresOn && !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn))
      found.expiresOn = t('account.tokenExpiryInvalid');
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    const ok = await onCreate({
      name: name.trim(),
      scopes,
      ...(workspace === ANY ? {} : { workspaceId: workspace }),
      ...(expiresOn ? { expiresAt: endOfDay(expiresOn) } : {}),
    });
    setBusy(false);
    if (ok) setName('');
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="new-token-heading">
      <h3 id="new-token-heading">{t('account.tokenNew')}</h3>
      <TextInput
        id="token-name"
        labelText={t('account.tokenName')}
        hintText={t('account.tokenNameHint')}
        value={name}
        onChange={(v) => setName(String(v ?? ''))}
        status={errors.name ? 'error' : 'default'}
        statusText={errors.name}
        fullWidth
      />
      <CheckboxGroup
        labelText={t('account.tokenScopes')}
        groupStatus={errors.scopes ? 'error' : 'default'}
        groupStatusText={errors.scopes}
      >
        {TOKEN_SCOPES.map((scope) => (
          <Checkbox
            key={scope}
            id={`token-scope-${scope}`}
            checked={scopes.includes(scope)}
            onClick={({ checkboxState }) =>
              setScopes((old) => (checkboxState ? [...old, scope] : old.filter((s) => s !== scope)))
            }
          >
            {scope === 'read' ? t('account.scopeRead') : t('account.scopeWrite')}
          </Checkbox>
        ))}
      </CheckboxGroup>
      <Dropdown
        id="token-workspace"
        labelText={t('account.tokenWorkspace')}
        value={workspace}
        onChange={(value: string) => setWorkspace(value)}
        fullWidth
      >
        {[
          <DropdownItem key={ANY} value={ANY}>
            {t('account.tokenAnyWorkspace')}
          </DropdownItem>,
          ...me.workspaces.map((w) => (
            <DropdownItem key={w.id} value={w.id}>
              {w.nameFi}
            </DropdownItem>
          )),
        ]}
      </Dropdown>
      <TextInput
        id="token-expires"
        hintText={t('account.dateHint')}
        labelText={t('account.tokenExpires')}
        optionalText={t('form.optional')}
        value={expiresOn}
        onChange={(v) => setExpiresOn(String(v ?? ''))}
        status={errors.expiresOn ? 'error' : 'default'}
        statusText={errors.expiresOn}
      />
      <div className="form-actions">
        <Button type="submit" disabled={busy}>
          {t('account.tokenCreate')}
        </Button>
      </div>
    </form>
  );
}
