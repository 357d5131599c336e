import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';

type Props = {
  /** Cursors of the pages before this one. */
  history: string[];
  nextCursor: string | null;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous and next page of a cursor-paged list, and the page's number. */
export function Pager({ history, nextCursor, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="pager" aria-label={t('table.paging')}>
      <Button variant="secondary" disabled={history.length === 0} onClick={onPrevious}>
        {t('table.previous')}
      </Button>
      <span>{t('table.page', { page: history.length + 1 })}</span>
      <Button variant="secondary" disabled={!nextCursor} onClick={onNext}>
        {t('table.next')}
      </Button>
    </nav>
  );
}
