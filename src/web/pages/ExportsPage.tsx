import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { CalendarExport } from '../features/exports/CalendarExport';
import { NetworkExport } from '../features/exports/NetworkExport';
import { TableExport } from '../features/exports/TableExport';
import { PageTitle } from '../ui/PageTitle';

/** Everything out: tables, networks for Gephi, events for calendars; each a plain download. */
export function ExportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('exports.title')}</PageTitle>
      <Paragraph mb="m">{t('exports.intro')}</Paragraph>
      <TableExport />
      <NetworkExport />
      <CalendarExport />
    </>
  );
}
