import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { ApiError } from '../../api/client';

/** A refused or failed action: what went wrong in words, with the server's field details (in English). */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  const text =
    error instanceof ApiError && error.status === 403
      ? t('error.forbidden')
      : error instanceof ApiError && error.status < 500
        ? t('mapping.refused')
        : t('mapping.failed');
  return (
    <InlineAlert status="error" role="alert" mb="m">
      {text}
      {details.length > 0 && (
        <ul lang="en">
          {details.map((d) => (
            <li key={`${d.path}:${d.message}`}>{d.path ? `${d.path}: ${d.message}` : d.message}</li>
          ))}
        </ul>
      )}
    </InlineAlert>
  );
}

/** Runs an action, keeping its error for `ActionError` and the busy flag for its button. */
export async function attempt<T>(
  run: () => Promise<T>,
  setBusy: (busy: boolean) => void,
  setError: (error: unknown) => void,
): Promise<T | undefined> {
  setBusy(true);
  setError(null);
  try {
    return await run();
  } catch (error) {
    setError(error);
    return undefined;
  } finally {
    setBusy(false);
  }
}
