import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ExportPanel } from './ExportPanel';
import { TABLE_ENTITIES, TABLE_FORMATS, tableUrl, type TableFormat } from '../../shared/export-options';

/** Records of one kind as CSV (comma, or semicolon for Finnish Excel), Excel or JSON. */
export function TableExport() {
  const { t } = useTranslation();
  const [entity, setEntity] = useState<string>('organisations');
  const [format, setFormat] = useState<TableFormat>('xlsx');
  return (
    <ExportPanel id="tables-heading" title={t('exports.tablesTitle')} intro={t('exports.tablesIntro')}>
      <Dropdown id="export-entity" labelText={t('exports.entity')} value={entity} onChange={setEntity} mb="m">
        {TABLE_ENTITIES.map((e) => (
          <DropdownItem key={e} value={e}>
            {label(t, 'exportEntity', e)}
          </DropdownItem>
        ))}
      </Dropdown>
      <ChoiceGroup
        name="table-format"
        labelText={t('exports.format')}
        value={format}
        onChange={setFormat}
        options={TABLE_FORMATS}
        text={(f) => label(t, 'tableFormat', f)}
      />
      <a className="button-link" href={tableUrl(entity, format)} download>
        {t('exports.download')}
      </a>
    </ExportPanel>
  );
}
