import { useTranslation } from 'react-i18next';
import { mappableFields } from '../../../formats/tabular/mapping';
import type { ImportEntity } from '../../../formats/tabular/entity-types';
import { label } from '../../i18n/dynamic';
import type { ColumnSuggestion } from './api';

type Props = {
  entity: ImportEntity;
  columns: ColumnSuggestion[];
  mapping: (string | null)[];
  onChange: (mapping: (string | null)[]) => void;
};

const IGNORE = '';

/** Which field each column of the file feeds: the recognised mapping, for the user to correct. */
export function MappingEditor({ entity, columns, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const fields = mappableFields(entity);
  const fieldLabel = (name: string, required: boolean) =>
    `${label(t, 'importField', name)}${required ? ` (${t('imports.required')})` : ''}`;
  const set = (index: number, value: string) =>
    onChange(mapping.map((m, i) => (i === index ? value || null : m)));
  return (
    <div className="table-wrap">
      <table className="data">
        <caption>{t('imports.mappingCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.fileColumn')}</th>
            <th scope="col">{t('imports.field')}</th>
          </tr>
        </thead>
        <tbody>
          {columns.map((c) => (
            <tr key={c.index}>
              <th scope="row">
                <label htmlFor={`mapping-${c.index}`}>{c.header || t('imports.noHeader')}</label>
              </th>
              <td>
                <select
                  id={`mapping-${c.index}`}
                  className="mapping-select"
                  value={mapping[c.index] ?? IGNORE}
                  onChange={(e) => set(c.index, e.target.value)}
                >
                  <option value={IGNORE}>{t('imports.ignoreColumn')}</option>
                  {fields.map((f) => (
                    <option key={f.name} value={f.name}>
                      {fieldLabel(f.name, Boolean(f.required))}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
