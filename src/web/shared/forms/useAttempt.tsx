import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';

/** The alert of a failed save, or nothing. */
export function SaveFailed({ shown }: { shown: boolean }) {
  const { t } = useTranslation();
  if (!shown) return null;
  return (
    <InlineAlert status="error" role="alert">
      {t('form.saveFailed')}
    </InlineAlert>
  );
}

/** Runs a write and remembers whether it failed, for <SaveFailed shown={failed} />. */
export function useAttempt() {
  const [failed, setFailed] = useState(false);
  const attempt = async (work: () => Promise<unknown>) => {
    setFailed(false);
    try {
      await work();
    } catch {
      setFailed(true);
    }
  };
  return { failed, setFailed, attempt };
}
