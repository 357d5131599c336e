import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { RunError } from './api';
import { Reason } from './Reason';

const STEP = 200;

type Props = {
  errors: RunError[];
  /** With these, each bad line gets a "skip" checkbox (a dry run of a table). */
  skipped?: ReadonlySet<number>;
  onSkip?: (line: number, skip: boolean) => void;
};

/** Every bad row with its line, column and reason; long lists open 200 rows at a time. */
export function RunErrors({ errors, skipped, onSkip }: Props) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(STEP);
  if (errors.length === 0) return <p>{t('imports.noErrors')}</p>;
  return (
    <>
      <div className="table-wrap">
        <table className="data">
          <caption>{t('imports.errorsCaption', { count: errors.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('imports.line')}</th>
              <th scope="col">{t('imports.column')}</th>
              <th scope="col">{t('imports.reason')}</th>
              {onSkip && <th scope="col">{t('imports.skip')}</th>}
            </tr>
          </thead>
          <tbody>
            {errors.slice(0, shown).map((e, i) => (
              <tr key={`${e.line ?? 'file'}-${i}`}>
                <td>{e.line ?? '–'}</td>
                <td>{e.column ?? '–'}</td>
                <td>
                  <Reason error={e} />
                </td>
                {onSkip && (
                  <td>
                    {e.line !== null && (
                      <label className="checkbox-label">
                        <input
                          type="checkbox"
                          checked={skipped?.has(e.line) ?? false}
                          onChange={(ev) => onSkip(e.line!, ev.target.checked)}
                        />
                        {t('imports.skipLine', { line: e.line })}
                      </label>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length > shown && (
        <Button variant="secondary" onClick={() => setShown((n) => n + STEP)}>
          {t('imports.showMoreErrors', { count: Math.min(STEP, errors.length - shown) })}
        </Button>
      )}
    </>
  );
}
