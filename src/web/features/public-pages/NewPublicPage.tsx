import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { useNavigate } from 'react-router-dom';
import { Button, Dropdown, DropdownItem, InlineAlert, TextInput } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { editableWorkspaces, useAuth } from '../../shared/auth';
import { useAttempt } from '../../shared/forms/useAttempt';
import { placeName, useReference } from '../../shared/reference';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { SuggestInput } from '../../ui/SuggestInput';
import { createPage, loadOwnScopes } from './api';
import { refusal } from './pageName';

const KINDS = ['municipality', 'ecosystem', 'network'] as const;
type Kind = (typeof KINDS)[number];

/** A new draft page of a town, or of an ecosystem or network the editor's workspace keeps. */
export function NewPublicPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  const reference = useReference();
  const workspace = editableWorkspaces(me)[0];
  const scopes = useApi(workspace ? `public-page-scopes/${workspace.id}` : null, () =>
    loadOwnScopes(workspace!.id),
  );
  const [kind, setKind] = useState<Kind>('municipality');
  const [target, setTarget] = useState('');
  const [path, setPath] = useState('');
  const { error, busy, attempt } = useAttempt();
  if (!workspace) return null;
  const towns = (reference?.municipalities ?? [])
    .filter((m) => m.isActive)
    .map((m) => ({ value: m.code, label: placeName(m, lang) }));
  const own = kind === 'ecosystem' ? scopes.data?.ecosystems : scopes.data?.networks;
  const create = () =>
    attempt(async () => {
      const scope =
        kind === 'municipality'
          ? { municipalityCode: target }
          : kind === 'ecosystem'
            ? { ecosystemId: target }
            : { networkId: target };
      const made = await createPage(
        { ...scope, ...(path.trim() ? { path: path.trim() } : {}) },
        workspace.id,
      );
      navigate(`/${lang}/public-pages/${made.id}`);
    });
  return (
    <section className="panel" aria-labelledby="public-page-new">
      <h2 id="public-page-new">{t('publicPages.newHeading')}</h2>
      <ChoiceGroup
        name="public-page-kind"
        labelText={t('publicPages.kind')}
        value={kind}
        onChange={(k) => {
          setKind(k);
          setTarget('');
        }}
        options={KINDS}
        text={(k) => label(t, 'publicPageKind', k)}
      />
      {kind === 'municipality' ? (
        <SuggestInput
          id="public-page-municipality"
          labelText={label(t, 'publicPageScope', 'municipality')}
          items={towns}
          value={target}
          onChange={setTarget}
        />
      ) : own && own.length > 0 ? (
        <Dropdown
          labelText={label(t, 'publicPageScope', kind)}
          value={target}
          onChange={(v: string) => setTarget(v)}
          fullWidth
        >
          {own.map((r) => (
            <DropdownItem key={String(r.id)} value={String(r.id)}>
              {localized(r, 'name', lang).text}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : (
        <p>{t('publicPages.noneOwn')}</p>
      )}
      <TextInput
        labelText={t('publicPages.pathLabel')}
        hintText={t('publicPages.pathHint')}
        value={path}
        onChange={(v) => setPath(String(v ?? ''))}
        fullWidth
      />
      {error !== null && (
        <InlineAlert status="error" role="alert">
          {t('publicPages.createFailed', { message: refusal(error) })}
        </InlineAlert>
      )}
      <Button disabled={!target || busy} onClick={() => void create()}>
        {t('publicPages.create')}
      </Button>
    </section>
  );
}
