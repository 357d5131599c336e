import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button, Paragraph } from 'suomifi-ui-components';
import { api } from '../../api/client';
import { useLang } from '../../i18n/lang';
import { ANONYMOUS_ME, useAuth } from '../../shared/auth';
import { downloadJson } from '../../shared/downloadJson';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';

/** Download what Solmu keeps about one's own account, and end every session (a lost laptop). */
export function OwnDataSection() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { signedIn } = useAuth();
  const { failed, attempt } = useAttempt();

  return (
    <section className="panel" aria-labelledby="own-data-heading">
      <h2 id="own-data-heading">{t('account.ownDataTitle')}</h2>
      <Paragraph mb="m">{t('account.ownDataIntro')}</Paragraph>
      <div className="row-actions">
        <Button
          variant="secondary"
          onClick={() =>
            void attempt(async () => downloadJson('solmu-account.json', await api.get('/auth/me/export')))
          }
        >
          {t('account.downloadData')}
        </Button>
        <Button
          variant="secondary"
          onClick={() =>
            void attempt(async () => {
              await api.send('POST', '/auth/logout-everywhere');
              signedIn(ANONYMOUS_ME);
              navigate(`/${lang}/sign-in`);
            })
          }
        >
          {t('account.signOutEverywhere')}
        </Button>
      </div>
      <SaveFailed shown={failed} />
    </section>
  );
}
