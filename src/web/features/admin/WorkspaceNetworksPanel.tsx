import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import {
  linkNetwork,
  listWorkspaceNetworks,
  unlinkNetwork,
  type AdminWorkspace,
  type NetworkRef,
} from './admin';
import { LinkPanel } from './LinkPanel';

/** The networks a workspace shares its network-visible records with. */
export function WorkspaceNetworksPanel({
  workspace,
  networks,
}: {
  workspace: AdminWorkspace;
  networks: NetworkRef[];
}) {
  const { t } = useTranslation();
  const linked = useApi(
    `ws-networks-${workspace.id}`,
    (signal) => listWorkspaceNetworks(workspace.id, signal),
    true,
  );
  return (
    <LinkPanel
      id="workspace-networks"
      caption={t('admin.workspaceNetworksCaption', { name: workspace.nameFi })}
      items={linked.data?.map((n) => ({ id: n.networkId, label: n.nameFi }))}
      candidates={networks.map((n) => ({ id: n.id, label: n.nameFi ?? '' }))}
      chooseLabel={t('admin.addNetwork')}
      addLabel={t('admin.addNetworkButton')}
      add={(id) => linkNetwork(workspace.id, id)}
      remove={(id) => unlinkNetwork(workspace.id, id)}
      changed={linked.reload}
    />
  );
}
