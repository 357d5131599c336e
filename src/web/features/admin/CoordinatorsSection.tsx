import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { addCoordinator, listCoordinators, removeCoordinator, type NetworkRef, type User } from './admin';
import { LinkPanel } from './LinkPanel';

/** Network coordinators: they read the network's shared records and write the network's own. */
export function CoordinatorsSection({ networks, users }: { networks: NetworkRef[]; users: User[] }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const network = networks.find((n) => n.id === chosen) ?? networks[0];
  const coordinators = useApi(
    network ? `coordinators-${network.id}` : null,
    (signal) => listCoordinators(network!.id, signal),
    true,
  );
  return (
    <section className="panel" aria-labelledby="coordinators-heading">
      <h2 id="coordinators-heading">{t('admin.coordinatorsTitle')}</h2>
      {network && (
        <>
          <Dropdown
            id="admin-network"
            labelText={t('admin.network')}
            value={network.id}
            onChange={(id: string) => setChosen(id)}
            fullWidth
          >
            {networks.map((n) => (
              <DropdownItem key={n.id} value={n.id}>
                {n.nameFi}
              </DropdownItem>
            ))}
          </Dropdown>
          <LinkPanel
            id="coordinators"
            caption={t('admin.coordinatorsCaption', { name: network.nameFi })}
            items={coordinators.data?.map((c) => ({ id: c.userId, label: c.email }))}
            candidates={users.map((u) => ({ id: u.id, label: u.email }))}
            chooseLabel={t('admin.addCoordinator')}
            addLabel={t('admin.addCoordinatorButton')}
            add={(id) => addCoordinator(network.id, id)}
            remove={(id) => removeCoordinator(network.id, id)}
            changed={coordinators.reload}
          />
        </>
      )}
    </section>
  );
}
