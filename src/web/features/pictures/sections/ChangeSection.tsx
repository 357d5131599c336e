import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../../api/useApi';
import { formatDate } from '../../../i18n/format';
import { useLang } from '../../../i18n/lang';
import { DataTable } from '../../../ui/DataTable';
import { ErrorNotice } from '../../../ui/ErrorNotice';
import { Loading } from '../../../ui/Loading';
import { editableWorkspaces, useAuth } from '../../../shared/auth';
import {
  loadChanges,
  loadSnapshots,
  saveSnapshot,
  type Picture,
  type PictureChange,
  type PictureScope,
} from '../api';
import type { Namer } from '../names';
import { decimal, signed } from '../numbers';
import { Section } from './Section';

const NONE = 'none';

function Changes({ change, names }: { change: PictureChange; names: Namer }) {
  const { t } = useTranslation();
  const lang = useLang();
  const delta = (d: { before: number | null; after: number | null; change: number | null }, digits = 0) =>
    `${d.before === null ? '–' : decimal(d.before, lang, digits)} → ${d.after === null ? '–' : decimal(d.after, lang, digits)}${d.change === null ? '' : ` (${signed(d.change, lang, digits)})`}`;
  const figures: Record<string, string> = {
    organisations: t('picture.organisations'),
    relations: t('picture.relations'),
    edges: t('picture.ties'),
    density: t('picture.density'),
    components: t('picture.components'),
    modularity: t('picture.modularity'),
    isolated: t('picture.isolatedCount'),
    brokers: t('picture.brokers'),
    tripleHelixEvenness: t('picture.evenness'),
  };
  const headline = Object.entries(change.headline);
  return (
    <div data-testid="picture-changes">
      <p>
        {t('picture.changesBetween', {
          from: formatDate(change.from, lang),
          to: formatDate(change.to, lang),
        })}
      </p>
      <DataTable
        caption={t('picture.headlineChanges')}
        columns={[
          { key: 'figure', label: t('picture.figure'), render: ([key]) => figures[key] ?? key },
          { key: 'delta', label: t('picture.change'), render: ([, d]) => delta(d, 3) },
        ]}
        rows={headline}
        rowKey={([key]) => key}
      />
      <p>
        {t('picture.actorsAdded', { n: change.actors.added.length })}{' '}
        {change.actors.added.map((a) => a.name).join(', ')}
      </p>
      <p>
        {t('picture.actorsRemoved', { n: change.actors.removed.length })}{' '}
        {change.actors.removed.map((a) => a.name).join(', ')}
      </p>
      <DataTable
        caption={t('picture.lqChanges')}
        columns={[
          { key: 'name', label: t('picture.industry'), render: (r) => names.division(r.code) },
          { key: 'count', label: t('picture.scopeCount'), render: (r) => delta(r.scopeCount) },
          { key: 'lq', label: t('picture.lq'), render: (r) => delta(r.lq, 2) },
        ]}
        rows={change.specialisation.filter((r) => r.level === 'division').slice(0, 20)}
        rowKey={(r) => r.code}
        empty={t('picture.noChanges')}
      />
    </div>
  );
}

/** Saved, dated snapshots of this scope; what changed since the one chosen; saving a new one. */
export function ChangeSection(props: { picture: Picture; scope: PictureScope; id: string; names: Namer }) {
  const { picture, scope, id, names } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const workspace = editableWorkspaces(me)[0];
  const [since, setSince] = useState(NONE);
  const [saved, setSaved] = useState<string | null>(null);
  const snapshots = useApi(`${scope}/${picture.scope.id}`, (s) => loadSnapshots(scope, picture.scope.id, s));
  const changes = useApi(since === NONE ? null : `${scope}/${id}/${since}`, (s) =>
    loadChanges(scope, id, since, s),
  );
  const items = snapshots.data ?? [];

  const save = async () => {
    try {
      const snapshot = await saveSnapshot(scope, id, workspace!.id);
      setSaved(t('picture.snapshotSaved', { date: formatDate(snapshot.takenOn, lang) }));
      snapshots.reload();
    } catch {
      setSaved(t('picture.saveFailed'));
    }
  };

  return (
    <Section id="change" title={t('picture.change')}>
      <p>{t('picture.changeIntro')}</p>
      {workspace && (
        <>
          <p>
            <Button variant="secondary" onClick={() => void save()}>
              {t('picture.saveSnapshot')}
            </Button>
          </p>
          <p>{t('picture.snapshotReaders')}</p>
        </>
      )}
      <div role="status">{saved}</div>
      {snapshots.state === 'error' && <ErrorNotice error={snapshots.error} />}
      {items.length === 0 ? (
        <p>{t('picture.noSnapshots')}</p>
      ) : (
        <Dropdown
          id="picture-since"
          labelText={t('picture.compareWith')}
          value={since}
          onChange={(value: string) => setSince(value)}
        >
          {[
            <DropdownItem key={NONE} value={NONE}>
              {t('picture.chooseSnapshot')}
            </DropdownItem>,
            ...items.map((s) => (
              <DropdownItem key={s.id} value={s.id}>
                {formatDate(s.takenOn, lang)}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
      )}
      {changes.state === 'loading' && since !== NONE && <Loading />}
      {changes.state === 'error' && <ErrorNotice error={changes.error} />}
      {changes.data && <Changes change={changes.data} names={names} />}
    </Section>
  );
}
