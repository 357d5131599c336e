import { useLayoutEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SkipLink } from 'suomifi-ui-components';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useLang } from '../../i18n/lang';

/**
 * The frame of a page for someone without an account (a respondent's link): the name, the language switch
 * and the page, without the main menu or the sign-in status, which speak to the platform's own users.
 */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  // As in the app's layout: the address decides the language before the browser paints.
  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
  return (
    <div className="app">
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="container header-top">
          <span className="brand">
            <span className="brand-name">Solmu</span>
            <span className="brand-tagline">{t('layout.tagline')}</span>
          </span>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container main answer-main">
        {children}
      </main>
    </div>
  );
}
