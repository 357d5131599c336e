import { useTranslation } from 'react-i18next';
import { label } from '../../i18n/dynamic';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { PageTitle } from '../../ui/PageTitle';

/** A record that could not be read (missing, hidden, or no right): the page still says what it is. */
export function LoadFailed({ path, error }: { path: string; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{label(t, 'entityOne', path)}</PageTitle>
      <ErrorNotice error={error} />
    </>
  );
}
