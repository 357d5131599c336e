import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type Column<T> = {
  key: string;
  label: string;
  /** The API's sort field, when the column can be sorted. */
  sortKey?: string;
  render: (row: T) => ReactNode;
};

type Props<T> = {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The API's sort value, e.g. "nameFi" or "-nameFi". */
  sort?: string;
  onSort?: (sort: string) => void;
  busy?: boolean;
  empty?: string;
};

/**
 * A plain, accessible table: a caption, column headers with aria-sort, sort buttons that say which way
 * the next press sorts. Sorting and paging happen on the server.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, sort, onSort, busy, empty }: Props<T>) {
  const { t } = useTranslation();
  const descending = sort?.startsWith('-') ?? false;
  const sortField = sort?.replace(/^-/, '');
  return (
    <div className="table-wrap">
      <table className="data" aria-busy={busy || undefined}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = c.sortKey !== undefined && c.sortKey === sortField;
              const ariaSort = active ? (descending ? 'descending' : 'ascending') : undefined;
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort}>
                  {c.sortKey && onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() => onSort(active && !descending ? `-${c.sortKey}` : c.sortKey!)}
                    >
                      {c.label}
                      <span aria-hidden="true">{active ? (descending ? '▼' : '▲') : '↕'}</span>
                      <span className="visually-hidden">
                        {active && !descending ? t('table.sortDescending') : t('table.sortAscending')}
                      </span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty ?? t('table.empty')}</td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((c) => (
                  <td key={c.key}>{c.render(row)}</td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
