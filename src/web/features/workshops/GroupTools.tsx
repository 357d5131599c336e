import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { addGroup, removeGroup, renameGroup, type Group } from './api';

type Changed = { workshopId: string; onChanged: () => void };

/** A new group by its title. */
export function NewGroup({ workshopId, onChanged }: Changed) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const { failed, busy, attempt } = useAttempt();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    void attempt(async () => {
      await addGroup(workshopId, title.trim());
      setTitle('');
      onChanged();
    });
  };
  return (
    <form className="workshop-inline-form" onSubmit={submit} aria-label={t('workshop.newGroup')}>
      <TextInput
        labelText={t('workshop.groupTitle')}
        value={title}
        onChange={(v) => setTitle(String(v ?? ''))}
        maxLength={200}
      />
      <Button type="submit" disabled={busy}>
        {t('workshop.addGroup')}
      </Button>
      <SaveFailed shown={failed} />
    </form>
  );
}

/** Rename or delete a group; its ideas return to the ungrouped ones when it goes. */
export function GroupTools({ workshopId, group, onChanged }: Changed & { group: Group }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(group.title);
  const { failed, busy, attempt } = useAttempt();
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    void attempt(async () => {
      await renameGroup(workshopId, group.id, title.trim());
      setEditing(false);
      onChanged();
    });
  };
  const remove = () =>
    attempt(async () => {
      await removeGroup(workshopId, group.id);
      onChanged();
    });
  if (editing)
    return (
      <form
        className="workshop-inline-form"
        onSubmit={rename}
        aria-label={t('workshop.renameGroupNamed', { name: group.title })}
      >
        <TextInput
          labelText={t('workshop.groupTitle')}
          value={title}
          onChange={(v) => setTitle(String(v ?? ''))}
          maxLength={200}
        />
        <Button type="submit" disabled={busy}>
          {t('workshop.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
          {t('workshop.cancel')}
        </Button>
        <SaveFailed shown={failed} />
      </form>
    );
  return (
    <div className="toolbar">
      <Button
        variant="secondary"
        aria-label={t('workshop.renameGroupNamed', { name: group.title })}
        onClick={() => {
          setTitle(group.title);
          setEditing(true);
        }}
      >
        {t('workshop.renameGroup')}
      </Button>
      <Button
        variant="secondary"
        disabled={busy}
        aria-label={t('workshop.removeGroupNamed', { name: group.title })}
        onClick={() => void remove()}
      >
        {t('workshop.removeGroup')}
      </Button>
      <SaveFailed shown={failed} />
    </div>
  );
}
