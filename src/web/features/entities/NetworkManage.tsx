import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useLang } from '../../i18n/lang';
import { useAuth } from '../../shared/auth';
import { canChange } from './access';
import { ChildTable } from './ChildTable';
import { DeleteEntity } from '../../shared/forms/DeleteEntity';
import { recordName, type Rec } from './naming';
import type { ChildUi } from './resources';

const MEMBERS: ChildUi = {
  path: 'network-members',
  field: 'networkId',
  columns: ['organisationId', 'role', 'municipalityCodes'],
  heading: 'members',
};

/**
 * Editing a network from its map page, for its workspace's editors and its coordinators: the network's
 * own fields, its members and their roles, and deleting it.
 */
export function NetworkManage({ network }: { network: Rec }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me } = useAuth();
  // A network's coordinators write the records that name it, the network itself included.
  if (!canChange(me, { ...network, networkId: network.id })) return null;
  const page = `/${lang}/networks/${network.id}`;
  // Editing starts from the page's "About" tab: saving comes back to it, not to the map.
  const back = `${page}?tab=about`;
  return (
    <>
      <div className="form-actions toolbar">
        <Link className="button-link" to={`${page}/edit?returnTo=${encodeURIComponent(back)}`}>
          {t('entities.editNetwork')}
        </Link>
        <DeleteEntity
          path="networks"
          id={network.id}
          name={recordName(t, 'networks', network, lang).text}
          onDeleted={() => navigate(`/${lang}/networks`, { replace: true })}
        />
      </div>
      <ChildTable child={MEMBERS} parentId={network.id} returnTo={back} />
    </>
  );
}
