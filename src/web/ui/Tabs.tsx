import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabItem = { id: string; label: string };

type Props = {
  /** Names the tab list for screen readers. */
  label: string;
  /** Prefix of the tabs' and panels' element ids, unique on the page. */
  idPrefix: string;
  tabs: TabItem[];
  selected: string;
  onSelect: (id: string) => void;
  /** The selected tab's content; the other panels stay empty (a hidden map would draw for nothing). */
  children: ReactNode;
};

/** Arrow keys, Home and End move between the tabs (wrapping); other keys do what they would. */
function nextIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowRight') return (index + 1) % count;
  if (key === 'ArrowLeft') return (index - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/**
 * Tabs as WAI-ARIA describes them, with manual activation: the arrow keys move the focus along the tabs
 * (only the selected one is in the Tab order), Enter, Space or a click opens one. Opening a panel can take
 * time (the map draws), so moving through the tabs does not open each on the way.
 */
export function Tabs({ label, idPrefix, tabs, selected, onSelect, children }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = index < 0 ? null : nextIndex(event.key, index, buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next]!.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => tab.id !== selected && onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${idPrefix}-panel-${tab.id}`}
          aria-labelledby={`${idPrefix}-tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="tab-panel"
        >
          {tab.id === selected && children}
        </div>
      ))}
    </div>
  );
}
