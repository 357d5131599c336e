import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/lang';
import type { CalendarDay } from './calendar';
import { EventLink } from './EventLink';
import { formatLongDay } from './format';
import type { EventRecord } from './model';

type Props = {
  day: CalendarDay;
  events: EventRecord[];
  focused: boolean;
  today: string;
  onChoose: (date: string) => void;
};

/** One day of the grid: its number for the eye, its full date and event count for screen readers. */
export function CalendarCell({ day, events, focused, today, onChoose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const isToday = day.date === today;
  return (
    <td
      data-date={day.date}
      tabIndex={focused ? 0 : -1}
      aria-selected={focused}
      aria-current={isToday ? 'date' : undefined}
      className={day.inMonth ? undefined : 'outside'}
      onClick={() => onChoose(day.date)}
    >
      <span className="day-number" aria-hidden="true">
        {Number(day.date.slice(8))}
      </span>
      <span className="visually-hidden">
        {formatLongDay(day.date, lang)}
        {isToday ? `, ${t('events.today')}` : ''}
        {events.length > 0 ? `, ${t('events.eventCount', { count: events.length })}` : ''}
      </span>
      {events.length > 0 && (
        <ul className="day-events">
          {events.map((e) => (
            <li key={e.id}>
              <EventLink event={e} tabIndex={-1} />
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
