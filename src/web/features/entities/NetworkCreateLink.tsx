import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useLang } from '../../i18n/lang';
import { useAuth } from '../../shared/auth';
import { canCreate } from './access';
import { entityWord } from '../../shared/records';

/** "Add a network" on the networks page, for those who may create records. */
export function NetworkCreateLink() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  if (!canCreate(me)) return null;
  return (
    <p>
      <Link className="button-link" to={`/${lang}/networks/new`}>
        {t('entities.add', { entity: entityWord(t, 'networks', lang) })}
      </Link>
    </p>
  );
}
