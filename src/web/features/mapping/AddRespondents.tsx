import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textarea } from 'suomifi-ui-components';
import { ActionError, attempt } from './ActionError';
import type { AddedRespondent } from './api-types';
import { addRespondents } from './api';
import { OrganisationSearch, type PickedOrganisation } from './OrganisationSearch';

/**
 * Respondents from the roster (picked organisations) or pasted "Name <email>" lines, one batch at a
 * time; the server refuses the whole batch when a line is wrong, naming the line.
 */
export function AddRespondents({
  roundId,
  onAdded,
}: {
  roundId: string;
  onAdded: (added: AddedRespondent[]) => void;
}) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<PickedOrganisation[]>([]);
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const add = async (body: Parameters<typeof addRespondents>[1], done: () => void) => {
    const added = await attempt(() => addRespondents(roundId, body), setBusy, setError);
    if (added) {
      done();
      onAdded(added);
    }
  };

  return (
    <section className="panel" aria-labelledby="add-respondents">
      <h2 id="add-respondents">{t('mapping.respondents.add')}</h2>
      <h3>{t('mapping.respondents.fromRoster')}</h3>
      <OrganisationSearch picked={picked.map((p) => p.id)} onPick={(o) => setPicked((old) => [...old, o])} />
      {picked.length > 0 && (
        <>
          <ul className="plain-list" aria-label={t('mapping.respondents.picked')}>
            {picked.map((p) => (
              <li key={p.id}>
                {p.name}{' '}
                <Button
                  variant="secondaryNoBorder"
                  onClick={() => setPicked((old) => old.filter((x) => x.id !== p.id))}
                >
                  {t('mapping.respondents.unpick', { name: p.name })}
                </Button>
              </li>
            ))}
          </ul>
          <Button
            disabled={busy}
            onClick={() =>
              void add({ respondents: picked.map((p) => ({ organisationId: p.id })) }, () => setPicked([]))
            }
          >
            {t('mapping.respondents.addPicked', { count: picked.length })}
          </Button>
        </>
      )}
      <h3>{t('mapping.respondents.fromList')}</h3>
      <Textarea
        id="pasted-respondents"
        labelText={t('mapping.respondents.pasted')}
        hintText={t('mapping.respondents.pastedHint')}
        value={pasted}
        onChange={(e) => setPasted(e.target.value)}
        fullWidth
      />
      <div className="form-actions">
        <Button disabled={busy || !pasted.trim()} onClick={() => void add({ pasted }, () => setPasted(''))}>
          {t('mapping.respondents.addPasted')}
        </Button>
      </div>
      <ActionError error={error} />
    </section>
  );
}
