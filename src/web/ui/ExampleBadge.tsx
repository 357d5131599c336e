import { useTranslation } from 'react-i18next';

/**
 * The mark of fictional example data (`source: 'example'`): a badge and one sentence that says what it
 * means, on every record and picture that shows or is computed from example rows. The same mark, with its
 * own label, tells of other records to take with care (a draft from a mapping answer).
 */
export function ExampleBadge({ note, label }: { note?: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="example-badge" role="note">
      <strong className="example-badge-label">{label ?? t('common.exampleData')}</strong>{' '}
      {note ?? t('common.exampleDataNote')}
    </p>
  );
}

/** The short inline mark of one example row in a list (a relation, a competence). */
export function ExampleTag() {
  const { t } = useTranslation();
  return <span className="example-tag">{t('common.exampleData')}</span>;
}

/** True for a record that is example data. */
export const isExample = (record: object) => 'source' in record && record.source === 'example';
