import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { SkipLink } from 'suomifi-ui-components';
import { rememberLang, useLang } from '../i18n/lang';
import { markNavigated } from '../ui/PageTitle';
import { LanguageSwitch } from './LanguageSwitch';
import { MainMenu } from './MainMenu';
import { UserStatus } from './UserStatus';
import './nav.css';

export function Layout() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  // The address decides the language, before the browser paints; <html lang> follows so screen
  // readers speak it right. Pages stay mounted, so nothing typed is lost when the language changes.
  useLayoutEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
    rememberLang(lang);
  }, [i18n, lang]);

  useEffect(() => {
    if (pathname !== firstPath.current) markNavigated();
  }, [pathname]);

  return (
    <div className="app">
      <SkipLink href="#main">{t('layout.skipToContent')}</SkipLink>
      <header className="site-header">
        <div className="container header-top">
          <NavLink to={`/${lang}/`} className="brand" aria-label={t('layout.homeLink')}>
            <span className="brand-name">Solmu</span>
            <span className="brand-tagline">{t('layout.tagline')}</span>
          </NavLink>
          <div className="header-tools">
            <LanguageSwitch />
            <UserStatus />
          </div>
        </div>
        <MainMenu />
      </header>
      <main id="main" tabIndex={-1} className="container main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.footer')}</p>
          <p>
            <a href="/api/docs">{t('layout.apiDocs')}</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
