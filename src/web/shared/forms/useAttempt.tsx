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

/**
 * Runs a write and remembers whether it failed, for <SaveFailed shown={failed} /> (or `error`, what it
 * threw, for <ErrorNotice /> where the API's own reason helps), and whether it is still under way
 * (`busy`), so that a button cannot send it twice.
 */
export function useAttempt() {
  const [failed, setFailed] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const attempt = async (work: () => Promise<unknown>) => {
    setFailed(false);
    setError(null);
    setBusy(true);
    try {
      await work();
    } catch (thrown) {
      setFailed(true);
      setError(thrown);
    } finally {
      setBusy(false);
    }
  };
  return { failed, setFailed, error, busy, attempt };
}
