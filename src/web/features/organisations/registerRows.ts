import type { TFunction } from 'i18next';
import { label } from '../../i18n/dynamic';
import { formatDate, formatDateTime } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { Organisation } from './model';

/**
 * The business-register facts an import brought (read-only), for the profile's description list: TOL
 * 2025, company form, registration and end dates, status, and where and when they came from.
 */
export function registerRows(o: Organisation, t: TFunction, lang: Lang): [string, string | null][] {
  return [
    [t('register.tol2025'), o.tol2025Code ?? null],
    [t('register.companyForm'), o.companyForm ? label(t, 'companyForm', o.companyForm) : null],
    [t('register.registrationDate'), o.registrationDate ? formatDate(o.registrationDate, lang) : null],
    [t('register.endDate'), o.endDate ? formatDate(o.endDate, lang) : null],
    [t('register.status'), o.status ? label(t, 'registerStatus', o.status) : null],
    [t('register.source'), o.source ? label(t, 'registerSource', o.source) : null],
    [t('register.lastImportedAt'), o.lastImportedAt ? formatDateTime(o.lastImportedAt, lang) : null],
  ];
}
