import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { canEdit, useAuth } from '../../shared/auth';
import { label } from '../../i18n/dynamic';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';
import { DataTable, type Column } from '../../ui/DataTable';
import { RecordLink } from '../../ui/RecordLink';
import type { EventDetails } from './model';
import { invitationUrl } from './series';

type Row = EventDetails['participants'][number];

/** Those who run the event first, then those who speak, then the rest. */
const ROLE_ORDER: Row['participant']['role'][] = ['organiser', 'host', 'speaker', 'participant'];
const byRole = (a: Row, b: Row) =>
  ROLE_ORDER.indexOf(a.participant.role) - ROLE_ORDER.indexOf(b.participant.role);

/** Who took part and in which role; editors add through the generic form and remove after a question. */
export function EventParticipants({ details, onChange }: { details: EventDetails; onChange: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { event } = details;
  const eventTitle = localized(event, 'title', lang).text;

  // A person is shown by name only when the API gave the caller their record (it decides who may see it).
  const who = (row: Row) => {
    if (row.organisation) return <RecordLink path="organisations" record={row.organisation} />;
    if (row.person) return row.person.fullName ?? row.person.title ?? t('events.person');
    return <span className="muted">{t('events.notVisible')}</span>;
  };
  const whoText = (row: Row) =>
    row.organisation
      ? localized(row.organisation, 'name', lang).text
      : (row.person?.fullName ?? t('events.person'));

  // A person with an e-mail address can be invited: their calendar invitation is a download too.
  const invitation = (row: Row) =>
    row.person?.email ? (
      <a
        href={invitationUrl(event.id, row.participant.id, lang)}
        download="invitation.ics"
        aria-label={t('events.downloadInvitationFor', { name: row.person.fullName ?? whoText(row) })}
      >
        {t('events.downloadInvitation')}
      </a>
    ) : (
      <span className="muted">{t('events.noInvitation')}</span>
    );

  const columns: Column<Row>[] = [
    { key: 'who', label: t('events.participant'), render: who },
    {
      key: 'role',
      label: t('events.role'),
      render: (row) => label(t, 'eventRole', row.participant.role ?? ''),
    },
  ];
  if (details.participants.some((row) => row.person))
    columns.push({ key: 'invitation', label: t('events.invitationFile'), render: invitation });
  if (details.participants.some((row) => canEdit(me, row.participant))) {
    columns.push({
      key: 'remove',
      label: t('events.actions'),
      render: (row) =>
        canEdit(me, row.participant) ? (
          <DeleteRecord
            apiPath={`/event-participants/${row.participant.id}`}
            texts={{
              button: t('events.removeParticipant', {
                name: whoText(row),
                role: label(t, 'eventRole', row.participant.role ?? ''),
              }),
              title: t('events.removeParticipantTitle'),
              confirm: t('events.removeParticipantQuestion', { name: whoText(row), event: eventTitle }),
              conflict: t('events.deleteConflict'),
            }}
            onDeleted={onChange}
          />
        ) : null,
    });
  }

  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">{t('events.participants')}</h2>
      {canEdit(me, event) && (
        <p>
          <Link className="button-link" to={`/${lang}/event-participants/new?eventId=${event.id}`}>
            {t('events.addParticipant')}
          </Link>
        </p>
      )}
      <DataTable
        caption={t('events.participantsCaption', { event: eventTitle })}
        columns={columns}
        rows={[...details.participants].sort(byRole)}
        rowKey={(row) => row.participant.id}
        empty={t('events.noParticipants')}
      />
    </section>
  );
}
