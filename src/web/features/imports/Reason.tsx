import { useTranslation } from 'react-i18next';
import type { RunError } from './api';
import { englishDetail, rowReason } from './rowReason';

/** Why a row or file was refused, in the page's language, with the server's English detail when it says more. */
export function Reason({ error }: { error: RunError }) {
  const { t } = useTranslation();
  const detail = englishDetail(error);
  return (
    <>
      {rowReason(t, error)}
      {detail && (
        <span className="run-error-detail" lang="en">
          {' '}
          ({detail})
        </span>
      )}
    </>
  );
}
