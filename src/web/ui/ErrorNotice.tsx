import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { ApiError } from '../api/client';

/** A failed load, said in the page's language; the API's own message only as a detail. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = error instanceof ApiError ? error.status : 0;
  const text =
    status === 404
      ? t('error.notFound')
      : status === 401
        ? t('error.signInFirst')
        : status === 403
          ? t('error.forbidden')
          : t('error.loadFailed');
  return (
    <InlineAlert status="error" labelText={t('error.title')} role="alert">
      {text}
    </InlineAlert>
  );
}
