import { useTranslation } from 'react-i18next';
import type { ResourcePath } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { DeleteRecord } from './DeleteRecord';
import { entityWord, forgetRecords } from '../records';

type Props = { path: ResourcePath; id: string; name: string; onDeleted: () => void };

export function DeleteEntity({ path, id, name, onDeleted }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const entity = entityWord(t, path, lang);
  const texts = {
    button: t('entities.delete', { entity }),
    title: t('entities.deleteTitle'),
    confirm: t('entities.deleteConfirm', { name }),
    conflict: t('entities.deleteConflict'),
  };
  const deleted = () => {
    forgetRecords();
    onDeleted();
  };
  return <DeleteRecord apiPath={`/${path}/${id}`} texts={texts} onDeleted={deleted} />;
}
