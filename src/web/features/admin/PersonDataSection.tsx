import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, SearchInput } from 'suomifi-ui-components';
import { api, type Schema } from '../../api/client';
import { DataTable, type Column } from '../../ui/DataTable';
import { downloadJson } from '../../shared/downloadJson';

type Person = Schema<'Person'>;

/** People may be kept by role only (no name): then the role title stands for them. */
const nameOf = (p: Person) => p.fullName ?? p.title ?? p.id;

/**
 * People's data requests (GDPR): find a person, export everything about them, or erase them after an
 * explicit confirmation. The server writes both to the audit log.
 */
export function PersonDataSection() {
  const { t } = useTranslation();
  const [found, setFound] = useState<Person[] | null>(null);
  const [confirming, setConfirming] = useState<Person | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const search = async (text: string) => {
    setMessage(null);
    setConfirming(null);
    try {
      setFound((await api.get('/people', { query: { q: text.trim() || undefined, limit: 20 } })).items);
    } catch {
      setMessage({ ok: false, text: t('error.loadFailed') });
    }
  };
  const exportPerson = async (p: Person) => {
    try {
      downloadJson(`person-${p.id}.json`, await api.get('/people/{id}/export', { path: { id: p.id } }));
    } catch {
      setMessage({ ok: false, text: t('error.loadFailed') });
    }
  };
  const erase = async (p: Person) => {
    try {
      await api.send('POST', '/people/{id}/erase', { path: { id: p.id } });
      setFound((old) => (old ?? []).filter((x) => x.id !== p.id));
      setMessage({ ok: true, text: t('admin.erased') });
    } catch {
      setMessage({ ok: false, text: t('form.saveFailed') });
    }
    setConfirming(null);
  };

  const columns: Column<Person>[] = [
    { key: 'name', label: t('account.name'), render: nameOf },
    {
      key: 'actions',
      label: t('account.actions'),
      render: (p) => (
        <div className="row-actions">
          <Button
            variant="secondary"
            aria-label={`${t('admin.export')}: ${nameOf(p)}`}
            onClick={() => void exportPerson(p)}
          >
            {t('admin.export')}
          </Button>
          <Button
            variant="secondary"
            aria-label={`${t('admin.erase')}: ${nameOf(p)}`}
            onClick={() => setConfirming(p)}
          >
            {t('admin.erase')}
          </Button>
        </div>
      ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="people-data-heading">
      <h2 id="people-data-heading">{t('admin.peopleTitle')}</h2>
      <p className="muted">{t('admin.peopleIntro')}</p>
      <SearchInput
        id="people-search"
        labelText={t('admin.peopleSearch')}
        clearButtonLabel={t('form.clear')}
        searchButtonLabel={t('admin.peopleSearch')}
        onSearch={(text) => void search(text)}
      />
      {found && (
        <DataTable
          caption={t('admin.peopleCaption')}
          columns={columns}
          rows={found}
          rowKey={(p) => p.id}
          empty={t('admin.peopleNone')}
        />
      )}
      {confirming && (
        <InlineAlert status="warning" labelText={t('admin.eraseConfirmTitle', { name: nameOf(confirming) })}>
          <p>{t('admin.eraseConfirm')}</p>
          <div className="row-actions">
            <Button onClick={() => void erase(confirming)}>{t('admin.eraseForever')}</Button>
            <Button variant="secondary" onClick={() => setConfirming(null)}>
              {t('form.cancel')}
            </Button>
          </div>
        </InlineAlert>
      )}
      <div role="status">
        {message && <InlineAlert status={message.ok ? 'neutral' : 'error'}>{message.text}</InlineAlert>}
      </div>
    </section>
  );
}
