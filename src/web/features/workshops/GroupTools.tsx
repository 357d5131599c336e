import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, TextInput } from 'suomifi-ui-components';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { addGroup, removeGroup, renameGroup, type Group } from './api';

type Changed = { workshopId: string; onChanged: () => void };

/** A group's title typed and saved: a new group's, or a new title for one. */
function GroupTitleForm({
  label,
  initial,
  save,
  submitText,
  children,
}: {
  label: string;
  initial: string;
  save: (title: string) => Promise<unknown>;
  submitText: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial);
  const { failed, busy, attempt } = useAttempt();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    void attempt(async () => {
      await save(title.trim());
      setTitle(initial);
    });
  };
  return (
    <form className="workshop-inline-form" onSubmit={submit} aria-label={label}>
      <TextInput
        labelText={t('workshop.groupTitle')}
        value={title}
        onChange={(v) => setTitle(String(v ?? ''))}
        maxLength={200}
      />
      <Button type="submit" disabled={busy}>
        {submitText}
      </Button>
      {children}
      <SaveFailed shown={failed} />
    </form>
  );
}

/** A new group by its title. */
export function NewGroup({ workshopId, onChanged }: Changed) {
  const { t } = useTranslation();
  return (
    <GroupTitleForm
      label={t('workshop.newGroup')}
      initial=""
      submitText={t('workshop.addGroup')}
      save={async (title) => {
        await addGroup(workshopId, title);
        onChanged();
      }}
    />
  );
}

/** Rename or delete a group; its ideas return to the ungrouped ones when it goes. */
export function GroupTools({ workshopId, group, onChanged }: Changed & { group: Group }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { failed, busy, attempt } = useAttempt();
  const named = { name: group.title };
  const remove = () =>
    attempt(async () => {
      await removeGroup(workshopId, group.id);
      onChanged();
    });
  if (editing)
    return (
      <GroupTitleForm
        label={t('workshop.renameGroupNamed', named)}
        initial={group.title}
        submitText={t('workshop.save')}
        save={async (title) => {
          await renameGroup(workshopId, group.id, title);
          setEditing(false);
          onChanged();
        }}
      >
        <Button type="button" variant="secondary" onClick={() => setEditing(false)}>
          {t('workshop.cancel')}
        </Button>
      </GroupTitleForm>
    );
  return (
    <div className="toolbar">
      <Button
        variant="secondary"
        aria-label={t('workshop.renameGroupNamed', named)}
        onClick={() => setEditing(true)}
      >
        {t('workshop.renameGroup')}
      </Button>
      <Button
        variant="secondary"
        disabled={busy}
        aria-label={t('workshop.removeGroupNamed', named)}
        onClick={() => void remove()}
      >
        {t('workshop.removeGroup')}
      </Button>
      <SaveFailed shown={failed} />
    </div>
  );
}
