import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { LANGS, switchLangPath, useLang, type Lang } from '../i18n/lang';

/** Names of the languages in themselves: a reader finds their own whatever the page's language. */
const NATIVE: Record<Lang, string> = { fi: 'Suomeksi (FI)', sv: 'På svenska (SV)', en: 'In English (EN)' };

/** Switches the language and stays on the same page (the language is the address's first segment). */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <LanguageMenu
      buttonText={lang.toUpperCase()}
      aria-label={t('layout.languageMenu', { language: NATIVE[lang] })}
      className="language-menu"
    >
      {LANGS.map((l) => (
        <LanguageMenuItem
          key={l}
          lang={l}
          selected={l === lang}
          onSelect={() => navigate(switchLangPath(location.pathname, location.search, l))}
        >
          {NATIVE[l]}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
