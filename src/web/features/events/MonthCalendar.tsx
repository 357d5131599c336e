import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { localeOf, useLang } from '../../i18n/lang';
import {
  addMonths,
  eventsByDay,
  firstWeekdayOf,
  monthGrid,
  monthOf,
  moveFocus,
  type MonthKey,
} from './calendar';
import { CalendarCell } from './CalendarCell';
import { EventLink } from './EventLink';
import { formatLongDay, formatMonth, weekdayNames } from './format';
import type { EventRecord } from './model';
import './calendar.css';

type Props = {
  month: MonthKey;
  today: string;
  events: EventRecord[];
  busy: boolean;
  onMonthChange: (month: MonthKey) => void;
};

/** The day that takes the focus in a month: today, else the month's first day with events, else the 1st. */
function defaultDay(month: MonthKey, today: string, days: Map<string, EventRecord[]>): string {
  if (monthOf(today) === month) return today;
  const withEvents = [...days.keys()].filter((d) => monthOf(d) === month).sort()[0];
  return withEvents ?? `${month}-01`;
}

/**
 * A month as an ARIA grid: one tab stop (the focused day), arrows move by day and week, Home/End to the
 * week's ends, Page Up/Down by month; Enter opens the day's only event or moves to the day's list below.
 * Mouse users click an event's title in its cell.
 */
export function MonthCalendar({ month, today, events, busy, onMonthChange }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const firstWeekday = firstWeekdayOf(localeOf(lang));
  const weeks = monthGrid(month, firstWeekday);
  const days = eventsByDay(events);
  // The day the user moved to or clicked; until then (and in another month) the month's default day.
  const [focused, setFocused] = useState<string | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const dayList = useRef<HTMLUListElement>(null);
  const moveKeyboardFocus = useRef(false);

  const shownDay = focused && monthOf(focused) === month ? focused : defaultDay(month, today, days);

  // After a key press the focus follows the day, also into another month once the address has changed.
  useEffect(() => {
    if (!moveKeyboardFocus.current || shownDay !== focused) return;
    moveKeyboardFocus.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-date="${shownDay}"]`)?.focus();
  }, [shownDay, focused]);

  /** Enter on a day: its only event opens, or the focus moves to the day's list below. */
  const openDay = () => {
    const dayEvents = days.get(shownDay) ?? [];
    if (dayEvents.length === 1) navigate(`/${lang}/events/${dayEvents[0]!.id}`);
    else dayList.current?.querySelector('a')?.focus();
  };
  const openWhenLoaded = useRef(false);
  useEffect(() => {
    if (busy || !openWhenLoaded.current) return;
    openWhenLoaded.current = false;
    openDay();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const target = moveFocus(shownDay, e.key, firstWeekday);
    if (target) {
      e.preventDefault();
      moveKeyboardFocus.current = true;
      setFocused(target);
      if (monthOf(target) !== month) onMonthChange(monthOf(target));
      return;
    }
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    // The month's events may still be on their way (a Page Down just before): open once they are here.
    if (busy) openWhenLoaded.current = true;
    else openDay();
  };

  // A click on a neighbouring month's day goes to that month.
  const choose = (date: string) => {
    setFocused(date);
    if (monthOf(date) !== month) onMonthChange(monthOf(date));
  };
  const titleId = 'calendar-month';
  const weekdays = weekdayNames(firstWeekday, lang);
  const selectedEvents = days.get(shownDay) ?? [];

  return (
    <section className="calendar" aria-labelledby={titleId}>
      <div className="calendar-header">
        <h2 id={titleId} aria-live="polite">
          {formatMonth(month, lang)}
        </h2>
        <div className="calendar-buttons">
          <Button variant="secondary" onClick={() => onMonthChange(addMonths(month, -1))}>
            {t('events.previousMonth')}
          </Button>
          <Button variant="secondary" onClick={() => onMonthChange(monthOf(today))}>
            {t('events.thisMonth')}
          </Button>
          <Button variant="secondary" onClick={() => onMonthChange(addMonths(month, 1))}>
            {t('events.nextMonth')}
          </Button>
        </div>
      </div>
      <p className="muted" id="calendar-help">
        {t('events.calendarHelp')}
      </p>
      <table
        role="grid"
        className="calendar-grid"
        aria-labelledby={titleId}
        aria-describedby="calendar-help"
        aria-busy={busy || undefined}
        ref={grid}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr>
            {weekdays.map((w) => (
              <th key={w.long} scope="col">
                <span aria-hidden="true">{w.short}</span>
                <span className="visually-hidden">{w.long}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => (
                <CalendarCell
                  key={day.date}
                  day={day}
                  events={days.get(day.date) ?? []}
                  focused={day.date === shownDay}
                  today={today}
                  onChoose={choose}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="panel calendar-day" aria-labelledby="calendar-day-title">
        <h3 id="calendar-day-title">{formatLongDay(shownDay, lang)}</h3>
        {selectedEvents.length === 0 ? (
          <p className="muted">{t('events.noEventsOnDay')}</p>
        ) : (
          <ul className="plain-list" ref={dayList}>
            {selectedEvents.map((e) => (
              <li key={e.id}>
                <EventLink event={e} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
