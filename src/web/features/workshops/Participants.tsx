import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';
import { eraseParticipant, type Participant } from './api';
import { byOrganisation } from './board';

/** Participants by the organisation they named, each erasable with everything they gave (GDPR). */
export function Participants({
  workshopId,
  participants,
  onChanged,
}: {
  workshopId: string;
  participants: Participant[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const organisations = byOrganisation(participants, lang);
  return (
    <section className="panel" aria-labelledby="workshop-participants-heading">
      <h2 id="workshop-participants-heading">
        {t('workshop.participants')}{' '}
        <span className="muted">({formatNumber(participants.length, lang)})</span>
      </h2>
      {participants.length === 0 && <p className="muted">{t('workshop.noParticipants')}</p>}
      {organisations.map(([organisation, people]) => (
        <div key={organisation} className="workshop-organisation">
          <h3>{organisation || t('workshop.noOrganisation')}</h3>
          <ul className="plain-list">
            {people.map((p) => (
              <li key={p.id} className="workshop-participant">
                <span>{p.displayName}</span>
                <DeleteRecord
                  remove={() => eraseParticipant(workshopId, p.id)}
                  onDeleted={onChanged}
                  texts={{
                    button: t('workshop.eraseParticipant', { name: p.displayName }),
                    title: t('workshop.eraseTitle'),
                    confirm: t('workshop.eraseQuestion', { name: p.displayName }),
                    conflict: t('workshop.eraseFailed'),
                  }}
                />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
