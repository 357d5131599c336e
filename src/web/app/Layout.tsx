import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router-dom';
import { SkipLink } from 'suomifi-ui-components';
import { useAuth } from '../shared/auth';
import { rememberLang, useLang } from '../i18n/lang';
import { markNavigated } from '../ui/PageTitle';
import { LanguageSwitch } from './LanguageSwitch';
import { UserStatus } from './UserStatus';
import './nav.css';

export function Layout() {
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);
  // On a narrow screen the menu folds behind a button; it folds again when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

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

  const nav = [
    { to: `/${lang}/`, text: t('nav.overview'), end: true },
    { to: `/${lang}/organisations`, text: t('nav.organisations'), end: false },
    { to: `/${lang}/networks`, text: t('nav.networks'), end: false },
    { to: `/${lang}/pictures`, text: t('nav.pictures'), end: false },
    { to: `/${lang}/imports`, text: t('nav.imports'), end: false },
    { to: `/${lang}/ecosystems`, text: t('nav.ecosystems'), end: false },
    { to: `/${lang}/projects`, text: t('nav.projects'), end: false },
    { to: `/${lang}/funding-calls`, text: t('nav.fundingCalls'), end: false },
    { to: `/${lang}/events`, text: t('nav.events'), end: false },
    { to: `/${lang}/strategies`, text: t('nav.strategies'), end: false },
    { to: `/${lang}/people`, text: t('nav.people'), end: false },
    // Administration only for admins (the server refuses everyone else anyway).
    ...(me.user?.isAdmin ? [{ to: `/${lang}/admin`, text: t('nav.admin'), end: false }] : []),
  ];

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
        <nav className="main-nav" aria-label={t('nav.label')}>
          <div className="container nav-toggle-row">
            <button
              type="button"
              className="nav-toggle"
              aria-expanded={menuOpen}
              aria-controls="main-nav-list"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span aria-hidden="true">☰</span> {t('nav.menu')}
            </button>
          </div>
          <ul className="container" id="main-nav-list" data-open={menuOpen}>
            {nav.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end}>
                  {item.text}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
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
