import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { normalizeBusinessId } from '../../../formats/ytj/business-id';
import { ApiError } from '../../api/client';
import { formatDate } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { editableWorkspaces, useAuth } from '../../shared/auth';
import { defaultVisibility, importFromYtj, lookupYtj, type YtjHit } from './api';
import { VisibilityChoice } from './VisibilityChoice';
import { WorkspaceChoice } from './WorkspaceChoice';

type State =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'found'; hit: YtjHit; imported: boolean }
  | { step: 'none' }
  | { step: 'failed'; message: string };

/** "Fetch from YTJ": one company by business ID from the business register, and add or update it. */
export function YtjFetch() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [state, setState] = useState<State>({ step: 'idle' });
  const workspaces = editableWorkspaces(me);
  const [workspace, setWorkspace] = useState(workspaces[0]?.slug ?? '');
  const [visibility, setVisibility] = useState(defaultVisibility('ytj'));

  const failed = (error: unknown) =>
    setState({
      step: 'failed',
      message:
        error instanceof ApiError && error.status >= 500
          ? t('imports.ytjUnavailable')
          : t('imports.ytjFailed'),
    });

  const find = async (e: FormEvent) => {
    e.preventDefault();
    const id = normalizeBusinessId(text);
    setInvalid(!id);
    if (!id) return;
    setState({ step: 'busy' });
    try {
      const [hit] = await lookupYtj(id);
      setState(hit ? { step: 'found', hit, imported: false } : { step: 'none' });
    } catch (error) {
      failed(error);
    }
  };

  const add = async (hit: YtjHit) => {
    setState({ step: 'busy' });
    try {
      // A new organisation goes to the chosen workspace; an existing one stays where it is.
      await importFromYtj(hit.businessId, visibility, workspaces.length > 1 ? workspace : undefined);
      const [again] = await lookupYtj(hit.businessId);
      setState({ step: 'found', hit: again ?? hit, imported: true });
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section className="panel" aria-labelledby="ytj-heading">
      <h2 id="ytj-heading">{t('imports.ytjTitle')}</h2>
      <p>{t('imports.ytjIntro')}</p>
      <WorkspaceChoice id="ytj-workspace" workspaces={workspaces} value={workspace} onChange={setWorkspace} />
      <VisibilityChoice name="ytj-visibility" kind="ytj" value={visibility} onChange={setVisibility} />
      <form className="toolbar" onSubmit={(e) => void find(e)} noValidate>
        <TextInput
          id="ytj-business-id"
          labelText={t('imports.businessId')}
          value={text}
          onChange={(v) => setText(String(v ?? ''))}
          status={invalid ? 'error' : 'default'}
          statusText={invalid ? t('imports.businessIdInvalid') : undefined}
        />
        <Button type="submit" disabled={state.step === 'busy'}>
          {t('imports.ytjFind')}
        </Button>
      </form>
      <div aria-live="polite">
        {state.step === 'busy' && <p>{t('common.loading')}</p>}
        {state.step === 'none' && <p>{t('imports.ytjNone')}</p>}
        {state.step === 'failed' && (
          <InlineAlert status="error" role="alert">
            {state.message}
          </InlineAlert>
        )}
        {state.step === 'found' && (
          <YtjHitView
            hit={state.hit}
            imported={state.imported}
            lang={lang}
            onAdd={() => void add(state.hit)}
          />
        )}
      </div>
    </section>
  );
}

function YtjHitView(props: { hit: YtjHit; imported: boolean; lang: 'fi' | 'sv' | 'en'; onAdd: () => void }) {
  const { t } = useTranslation();
  const { hit, lang } = props;
  const facts = [
    hit.businessId,
    hit.companyFormName,
    hit.postOffice,
    hit.registrationDate && t('imports.registeredOn', { date: formatDate(hit.registrationDate, lang) }),
    hit.active ? t('imports.ytjActive') : t('imports.ytjEnded', { date: formatDate(hit.endDate, lang) }),
  ].filter(Boolean);
  return (
    <div className="ytj-hit">
      <h3>{hit.name}</h3>
      <p>{facts.join(' · ')}</p>
      {props.imported && <p role="status">{t('imports.ytjImported')}</p>}
      <div className="form-actions">
        {hit.organisationId && (
          <Link to={`/${lang}/organisations/${hit.organisationId}`}>{t('imports.openOrganisation')}</Link>
        )}
        <Button variant={hit.organisationId ? 'secondary' : 'default'} onClick={props.onAdd}>
          {hit.organisationId ? t('imports.ytjUpdate') : t('imports.ytjAdd')}
        </Button>
      </div>
    </div>
  );
}
