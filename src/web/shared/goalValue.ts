import { formatNumber, localized } from '../i18n/format';
import type { Lang } from '../i18n/lang';

type WithUnit = { unitFi: string | null; unitSv?: string | null; unitEn?: string | null };

/** A goal's number with its unit in the reader's language ('12 kuntaa', '12 kommuner'). */
export function goalValue(goal: WithUnit, value: number, lang: Lang) {
  const unit = localized(goal, 'unit', lang).text;
  return unit ? `${formatNumber(value, lang)} ${unit}` : formatNumber(value, lang);
}
