import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { formatDateTime } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { listAudit, type AuditEntry, type AuditFilter, type User } from './admin';

const ANYONE = 'anyone';
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit log, newest first, by actor and date: what was done to which record, field names only. */
export function AuditSection({ users }: { users: User[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [filter, setFilter] = useState<AuditFilter>({ userId: '', from: '', to: '' });
  // A half-typed date does not filter yet.
  const ready = {
    userId: filter.userId,
    from: DATE.test(filter.from) ? filter.from : '',
    to: DATE.test(filter.to) ? filter.to : '',
  };
  const entries = useApi(JSON.stringify(ready), (signal) => listAudit(ready, signal), true);
  const email = (id: string | null) => (id ? (users.find((u) => u.id === id)?.email ?? id) : '–');

  const columns: Column<AuditEntry>[] = [
    { key: 'at', label: t('admin.auditAt'), render: (e) => formatDateTime(e.at, lang) },
    { key: 'who', label: t('admin.auditWho'), render: (e) => email(e.userId) },
    { key: 'action', label: t('admin.auditAction'), render: (e) => e.action },
    {
      key: 'entity',
      label: t('admin.auditEntity'),
      render: (e) => [e.entity, e.entityId].filter(Boolean).join(' '),
    },
    { key: 'outcome', label: t('admin.auditOutcome'), render: (e) => e.outcome },
    { key: 'fields', label: t('admin.auditFields'), render: (e) => (e.detail.fields ?? []).join(', ') },
  ];

  return (
    <section className="panel" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('admin.auditTitle')}</h2>
      <div className="filters">
        <Dropdown
          id="audit-user"
          labelText={t('admin.auditWho')}
          value={filter.userId || ANYONE}
          onChange={(id: string) => setFilter({ ...filter, userId: id === ANYONE ? '' : id })}
          fullWidth
        >
          {[
            <DropdownItem key={ANYONE} value={ANYONE}>
              {t('admin.auditAnyone')}
            </DropdownItem>,
            ...users.map((u) => (
              <DropdownItem key={u.id} value={u.id}>
                {u.email}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <TextInput
          id="audit-from"
          hintText={t('account.dateHint')}
          labelText={t('admin.auditFrom')}
          value={filter.from}
          onChange={(v) => setFilter({ ...filter, from: String(v ?? '') })}
        />
        <TextInput
          id="audit-to"
          hintText={t('account.dateHint')}
          labelText={t('admin.auditTo')}
          value={filter.to}
          onChange={(v) => setFilter({ ...filter, to: String(v ?? '') })}
        />
      </div>
      {entries.state === 'error' && <ErrorNotice error={entries.error} />}
      <DataTable
        caption={t('admin.auditCaption')}
        columns={columns}
        rows={entries.data ?? []}
        rowKey={(e) => e.id}
        busy={entries.busy}
        empty={entries.state === 'loading' ? t('common.loading') : t('admin.auditNone')}
      />
    </section>
  );
}
