import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router-dom';
import { useAuth } from '../shared/auth';
import { label } from '../i18n/dynamic';
import { useLang } from '../i18n/lang';
import { menuFor, within, type MenuEntry } from './menu';

/**
 * The main menu: the overview, one disclosure per step of the cycle, and administration for admins. A
 * group opens with a click, Enter or Space, closes with Escape (focus back on its button), a click
 * elsewhere or a choice. On a narrow screen the whole menu folds behind one button.
 */
export function MainMenu() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const [shownPath, setShownPath] = useState(pathname);
  if (shownPath !== pathname) {
    setShownPath(pathname);
    setMenuOpen(false);
    setOpenGroup(null);
  }
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    if (openGroup === null) return;
    const outside = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpenGroup(null);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [openGroup]);

  const entries = menuFor(me);
  return (
    <nav className="main-nav" aria-label={t('nav.label')} ref={nav}>
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
      <ul className="container nav-entries" id="main-nav-list" data-open={menuOpen}>
        {entries.map((entry) => (
          <li key={entry.key}>
            {entry.kind === 'link' ? (
              <NavLink to={`/${lang}/${entry.path}`} end={entry.path === ''}>
                {label(t, 'nav', entry.key)}
              </NavLink>
            ) : (
              <MenuGroup
                entry={entry}
                open={openGroup === entry.key}
                current={entry.items.some((item) => within(pathname, lang, item.path))}
                onToggle={(open) => setOpenGroup(open ? entry.key : null)}
              />
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function MenuGroup({
  entry,
  open,
  current,
  onToggle,
}: {
  entry: Extract<MenuEntry, { kind: 'group' }>;
  open: boolean;
  current: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const button = useRef<HTMLButtonElement>(null);
  const panelId = `nav-${entry.key}`;
  const close = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    onToggle(false);
    button.current?.focus();
  };
  return (
    <div className="nav-group" onKeyDown={close}>
      <button
        ref={button}
        type="button"
        className="nav-group-button"
        aria-expanded={open}
        aria-controls={panelId}
        data-current={current}
        onClick={() => onToggle(!open)}
      >
        {label(t, 'nav', entry.key)}
        <span aria-hidden="true" className="nav-group-caret">
          ▾
        </span>
      </button>
      <ul id={panelId} className="nav-group-panel" hidden={!open}>
        {entry.items.map((item) => (
          <li key={item.key}>
            <NavLink to={`/${lang}/${item.path}`}>{label(t, 'nav', item.key)}</NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
