import { useTranslation } from 'react-i18next';
import { DeleteRecord } from '../../shared/forms/DeleteRecord';

type Props = { id: string; name: string; onDeleted: () => void };

/** Delete an organisation after a confirmation that names it. */
export function DeleteOrganisation({ id, name, onDeleted }: Props) {
  const { t } = useTranslation();
  const texts = {
    button: t('organisation.delete'),
    title: t('organisation.deleteTitle'),
    confirm: t('organisation.deleteConfirm', { name }),
    conflict: t('organisation.deleteConflict'),
  };
  return <DeleteRecord apiPath={`/organisations/${id}`} texts={texts} onDeleted={onDeleted} />;
}
