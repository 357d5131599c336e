import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { Button, InlineAlert, TextInput } from 'suomifi-ui-components';
import { publicContact } from '../../../domain/public-pages';
import { useAttempt } from '../../shared/forms/useAttempt';
import { updatePage, type Contact, type PublicPage } from './api';
import { refusal } from './pageName';

const FIELDS = ['roleFi', 'roleSv', 'roleEn', 'email', 'phone', 'personName', 'personConsentOn'] as const;
type Field = (typeof FIELDS)[number];
type Row = Record<Field, string>;

const rowOf = (c: Contact): Row => ({
  roleFi: c.role.fi,
  roleSv: c.role.sv ?? '',
  roleEn: c.role.en ?? '',
  email: c.email,
  phone: c.phone ?? '',
  personName: c.personName ?? '',
  personConsentOn: c.personConsentOn ?? '',
});
const EMPTY: Row = Object.fromEntries(FIELDS.map((f) => [f, ''])) as Row;
const given = (v: string) => (v.trim() ? v.trim() : undefined);

/** A row as the API takes it: the role in three languages, empty fields left out. */
const contactOf = (r: Row) => ({
  role: { fi: r.roleFi.trim(), sv: given(r.roleSv), en: given(r.roleEn) },
  email: r.email.trim(),
  phone: given(r.phone),
  personName: given(r.personName),
  personConsentOn: given(r.personConsentOn),
});

/** Contacts by role: a role address; a person's name only with the day of their consent. */
export function ContactsForm({ page, onSaved }: { page: PublicPage; onSaved: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() => page.contacts.map(rowOf));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, busy, attempt } = useAttempt();
  const change = (i: number, field: Field, value: string) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, [field]: value } : r)));
  const save = () => {
    setSaved(false);
    const checked = rows.map((r) => publicContact.safeParse(contactOf(r)));
    const bad = checked.find((c) => !c.success);
    setProblem(
      bad?.error ? bad.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') : null,
    );
    if (bad) return;
    void attempt(async () => {
      await updatePage(page.id, { contacts: rows.map(contactOf) });
      setSaved(true);
      onSaved();
    });
  };
  const message = problem ?? (error !== null ? refusal(error) : null);
  return (
    <section className="panel" aria-labelledby="public-page-contacts">
      <h2 id="public-page-contacts">{t('publicPages.contactsHeading')}</h2>
      <p>{t('publicPages.contactsIntro')}</p>
      {rows.length === 0 && <p>{t('publicPages.contactNone')}</p>}
      {rows.map((row, i) => (
        <fieldset key={i} className="public-contact">
          <legend>{t('publicPages.contactLegend', { n: i + 1 })}</legend>
          {FIELDS.map((field) => (
            <TextInput
              key={field}
              labelText={label(t, 'publicPageField', field)}
              optionalText={field === 'roleFi' || field === 'email' ? undefined : t('form.optional')}
              hintText={field === 'personName' ? t('publicPages.personHint') : undefined}
              value={row[field]}
              disabled={!page.canEdit}
              onChange={(v) => change(i, field, String(v ?? ''))}
              fullWidth
            />
          ))}
          {page.canEdit && (
            <Button variant="secondary" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
              {t('publicPages.removeContact')}
            </Button>
          )}
        </fieldset>
      ))}
      {message && (
        <InlineAlert status="error" role="alert">
          {t('publicPages.contactsInvalid', { message })}
        </InlineAlert>
      )}
      {saved && (
        <InlineAlert status="neutral" role="status">
          {t('publicPages.saved')}
        </InlineAlert>
      )}
      {page.canEdit && (
        <p className="actions">
          <Button variant="secondary" onClick={() => setRows([...rows, EMPTY])}>
            {t('publicPages.addContact')}
          </Button>{' '}
          <Button disabled={busy} onClick={save}>
            {t('publicPages.save')}
          </Button>
        </p>
      )}
    </section>
  );
}
