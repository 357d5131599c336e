import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { ImportEntity } from '../../../formats/tabular/entity-types';
import { label } from '../../i18n/dynamic';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ENCODING_CHOICES, ENCODING_QUESTIONS, type EncodingChoice, type ImportRun } from './api';
import { blockingErrors } from './checks';
import { FileProblems } from './FileProblems';
import { MappingEditor } from './MappingEditor';
import { RunCounts } from './RunCounts';
import { RunErrors } from './RunErrors';
import { runSummary } from './runSummary';

type Props = {
  run: ImportRun;
  mapping: (string | null)[] | null;
  onMapping: (mapping: (string | null)[]) => void;
  /** The mapping or the encoding was changed after the check: check again before importing. */
  stale: boolean;
  /** The encoding the user chose for a CSV file, or null to let the server decide. */
  encoding: EncodingChoice | null;
  onEncoding: (encoding: EncodingChoice) => void;
  skipped: ReadonlySet<number>;
  onSkip: (line: number, skip: boolean) => void;
  busy: 'check' | 'import' | null;
  /** The run being written while the import is in flight, with its counts so far. */
  live: ImportRun | null;
  onCheck: () => void;
  onImport: () => void;
};

/** The dry run's outcome: what would happen, the column mapping to correct, every bad row to skip. */
export function DryRunPanel(props: Props) {
  const { t } = useTranslation();
  const { run, mapping } = props;
  const blocking = blockingErrors(run, props.skipped);
  const canImport = run.state === 'dry_run' && !props.stale && blocking.length === 0;
  const table = run.kind !== 'ytj';
  const summary = runSummary(run);
  // Nothing of the file could be read (a table without a mapping, a YTJ file that is not one).
  const unreadable = run.state === 'failed' || ((!table || !run.mapping) && summary.fileErrors.length > 0);
  return (
    <section className="panel" aria-labelledby="dry-run-heading">
      <h2 id="dry-run-heading">{t('imports.dryRunTitle')}</h2>
      <p role="status">
        {unreadable
          ? t('imports.dryRunUnreadable')
          : run.errors.length === 0
            ? t('imports.dryRunClean')
            : t('imports.dryRunProblems', { count: run.counts.failed || run.errors.length })}
      </p>
      <FileProblems errors={summary.fileErrors} />
      {run.encoding && (
        <p>{t('imports.encodingUsed', { encoding: label(t, 'importEncoding', run.encoding) })}</p>
      )}
      {run.kind === 'csv' &&
        (props.encoding || run.errors.some((e) => ENCODING_QUESTIONS.includes(e.code ?? ''))) && (
          <ChoiceGroup
            name="import-encoding"
            labelText={t('imports.encodingChoice')}
            value={(props.encoding ?? '') as EncodingChoice}
            onChange={props.onEncoding}
            options={ENCODING_CHOICES}
            text={(e) => label(t, 'importEncoding', e)}
          />
        )}
      <RunCounts counts={run.counts} />
      {table && run.mapping && mapping && (
        <MappingEditor
          entity={run.entity as ImportEntity}
          columns={run.mapping.suggestion.columns}
          mapping={mapping}
          onChange={props.onMapping}
        />
      )}
      {(summary.rowErrors.length > 0 || summary.fileErrors.length === 0) && (
        <>
          <h3>{t('imports.badRows')}</h3>
          <RunErrors errors={summary.rowErrors} skipped={props.skipped} onSkip={props.onSkip} />
        </>
      )}
      {props.stale && (
        <InlineAlert status="warning" mb="m">
          {t('imports.checkAgainHint')}
        </InlineAlert>
      )}
      {!props.stale && blocking.length > 0 && run.state === 'dry_run' && (
        <InlineAlert status="neutral" mb="m">
          {t('imports.fixOrSkipHint')}
        </InlineAlert>
      )}
      {props.busy === 'import' && props.live && (
        <div role="status">
          <p>{t('imports.runningHint')}</p>
          <RunCounts counts={props.live.counts} />
          <progress className="run-progress" aria-label={t('imports.progress')} />
        </div>
      )}
      <div className="form-actions">
        <Button variant="secondary" onClick={props.onCheck} disabled={props.busy !== null}>
          {t('imports.checkAgain')}
        </Button>
        {/* A file that could not be read has nothing to import: no button is offered for it. */}
        {unreadable ? null : props.busy === 'import' ? (
          <Button loading ariaLoadingText={t('imports.importing')}>
            {t('imports.import')}
          </Button>
        ) : (
          <Button onClick={props.onImport} disabled={!canImport || props.busy !== null}>
            {t('imports.import')}
          </Button>
        )}
      </div>
    </section>
  );
}
