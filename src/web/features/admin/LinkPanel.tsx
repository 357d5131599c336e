import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { DataTable, type Column } from '../../ui/DataTable';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';

export type Linked = { id: string; label: string; role?: string };

type Props = {
  id: string;
  caption: string;
  /** What is linked now; undefined while loading. */
  items: Linked[] | undefined;
  /** What could be linked (those already linked are left out here). */
  candidates: Linked[];
  chooseLabel: string;
  addLabel: string;
  add: (id: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  /** Called after every change, to load the list again. */
  changed: () => void;
  /** The heading of the name column (default: name). */
  nameLabel?: string;
  /** Columns between the name and the actions, e.g. a member's role. */
  extraColumns?: Column<Linked>[];
  /** More to choose when adding, e.g. the new member's role. */
  addExtra?: ReactNode;
};

/** A list of linked records (a workspace's networks, a network's coordinators) to add to and remove from. */
export function LinkPanel(props: Props) {
  const { id, caption, items, candidates, chooseLabel, addLabel, add, remove, changed } = props;
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const { failed, attempt } = useAttempt();
  const linked = new Set((items ?? []).map((i) => i.id));
  const free = candidates.filter((c) => !linked.has(c.id));
  const act = (work: () => Promise<unknown>) => attempt(work).then(changed);

  return (
    <div>
      <DataTable
        caption={caption}
        columns={[
          { key: 'name', label: props.nameLabel ?? t('account.name'), render: (i: Linked) => i.label },
          ...(props.extraColumns ?? []),
          {
            key: 'actions',
            label: t('account.actions'),
            render: (i: Linked) => (
              <Button
                variant="secondary"
                aria-label={`${t('admin.removeMember')}: ${i.label}`}
                onClick={() => void act(() => remove(i.id))}
              >
                {t('admin.removeMember')}
              </Button>
            ),
          },
        ]}
        rows={items ?? []}
        rowKey={(i) => i.id}
        empty={items ? t('admin.linksNone') : t('common.loading')}
      />
      {free.length > 0 && (
        <div className="filters">
          <Dropdown
            id={`${id}-add`}
            labelText={chooseLabel}
            visualPlaceholder={t('admin.choose')}
            value={chosen}
            onChange={(value: string) => setChosen(value)}
            fullWidth
          >
            {free.map((c) => (
              <DropdownItem key={c.id} value={c.id}>
                {c.label}
              </DropdownItem>
            ))}
          </Dropdown>
          {props.addExtra}
          <div className="form-actions">
            <Button
              disabled={!chosen}
              onClick={() =>
                void act(async () => {
                  await add(chosen);
                  setChosen('');
                })
              }
            >
              {addLabel}
            </Button>
          </div>
        </div>
      )}
      <SaveFailed shown={failed} />
    </div>
  );
}
