import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ExportPanel } from './ExportPanel';
import { CALENDAR_LANGS, calendarUrl } from '../../shared/export-options';

/** Events as iCalendar, for a calendar program; titles in the chosen language. */
export function CalendarExport() {
  const { t } = useTranslation();
  const lang = useLang();
  const [language, setLanguage] = useState<(typeof CALENDAR_LANGS)[number]>(lang);
  const names: Record<(typeof CALENDAR_LANGS)[number], string> = {
    fi: t('exports.langFi'),
    sv: t('exports.langSv'),
    en: t('exports.langEn'),
  };
  return (
    <ExportPanel id="calendar-heading" title={t('exports.calendarTitle')} intro={t('exports.calendarIntro')}>
      <ChoiceGroup
        name="calendar-language"
        labelText={t('exports.calendarLanguage')}
        value={language}
        onChange={setLanguage}
        options={CALENDAR_LANGS}
        text={(l) => names[l]}
      />
      <a className="button-link" href={calendarUrl(language)} download>
        {t('exports.downloadCalendar')}
      </a>
    </ExportPanel>
  );
}
