import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ThemeNames } from '../../shared/ThemeNames';
import { MunicipalityName, MunicipalityNames } from './MunicipalityInput';
import { RefName } from './RefName';
import type { RuleDraft } from './rules';
import { RulesView } from './RulesView';
import { REFERENCE_PATHS } from './resources';
import type { FieldSpec } from './schema';
import { enumLabel } from './values';
import type { Rec } from './naming';
import { UserName } from './UserPicker';

const STAMPS = new Set(['createdAt', 'updatedAt']);
const isYear = (name: string) => name === 'year' || name.endsWith('Year');

type Props = {
  field: FieldSpec;
  value: unknown;
  /** The record the value is of: a user is named among the users of its workspace. */
  record?: Rec;
};

/** A stored value as a reader sees it: words for enums, dates and numbers in the page's language. */
export function FieldValue({ field, value, record }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  if (field.name === 'rules' && Array.isArray(value)) return <RulesView rules={value as RuleDraft[]} />;
  if (field.name === 'municipalityCode' && typeof value === 'string')
    return <MunicipalityName code={value} />;
  if (field.name === 'themes' && Array.isArray(value)) return <ThemeNames themes={value.map(String)} />;
  if (field.name === 'municipalityCodes' && Array.isArray(value))
    return <MunicipalityNames codes={value.map(String)} />;
  if (field.kind === 'boolean') return <>{value === true ? t('common.yes') : t('common.no')}</>;
  if (value === null || value === undefined || value === '') return null;
  if (STAMPS.has(field.name) || field.kind === 'datetime') return <>{formatDateTime(String(value), lang)}</>;
  switch (field.kind) {
    case 'reference': {
      const path = REFERENCE_PATHS[field.name];
      return path ? <RefName path={path} id={String(value)} /> : <>{String(value)}</>;
    }
    case 'user':
      return <UserName workspace={String(record?.workspaceId ?? '') || undefined} id={String(value)} />;
    case 'enum':
      return <>{enumLabel(t, field, String(value))}</>;
    case 'date':
      return <>{formatDate(String(value), lang)}</>;
    case 'number':
    case 'integer':
      // A year is a name, not an amount: 2023, never "2 023".
      if (isYear(field.name)) return <>{String(value)}</>;
      return <>{typeof value === 'number' ? formatNumber(value, lang) : String(value)}</>;
    case 'textList':
      return <>{Array.isArray(value) ? value.join(', ') : String(value)}</>;
    case 'json':
      return <code className="json-value">{JSON.stringify(value)}</code>;
    default:
      return <>{String(value)}</>;
  }
}
