import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { FormatError } from '../format-error.js';
import { writeICalendar, writeInvitation, type CalendarEvent } from './ical.js';

const events: CalendarEvent[] = [
  {
    id: '7b0c1c2e-4f1a-4c55-9d7e-1a2b3c4d5e6f',
    kind: 'webinar',
    titleFi: 'Kasvualat, rahoitus; ja verkostot\nosa 1',
    titleSv: 'Tillväxtbranscher, finansiering; och nätverk',
    descriptionFi: 'Rivi 1, pilkku; puolipiste\nRivi 2 \\ kenoviiva',
    startsAt: '2022-12-02T10:00:00+02:00',
    endsAt: '2022-12-02T11:30:00+02:00',
    isOnline: true,
    onlineUrl: 'https://example.org/webinaari?id=1&lang=fi',
    updatedAt: '2022-11-20T08:00:00Z',
  },
  {
    id: 'visit-2',
    titleFi: 'Yritysvierailu',
    startsAt: new Date('2023-06-15T06:00:00Z'),
    location: 'Teknologiapuisto, Linnankatu 1',
    municipality: 'Savonlinna',
    url: 'https://solmu.example/tapahtumat/visit-2',
  },
];

const stamp = new Date('2026-01-01T00:00:00Z');

function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('writeICalendar', () => {
  it('is read by ical.js with stable UIDs, UTC times, and escaped text intact', () => {
    const text = writeICalendar(events, { stamp });
    expect(text).toContain('DTSTART:20221202T080000Z');
    expect(text).toContain('X-WR-TIMEZONE:Europe/Helsinki');
    expect(text).toMatch(/SUMMARY:Kasvualat\\, rahoitus\\; ja verkostot\\nosa 1/);
    const [webinar, visit] = parse(text);
    expect(webinar?.uid).toBe('7b0c1c2e-4f1a-4c55-9d7e-1a2b3c4d5e6f@solmu');
    expect(webinar?.summary).toBe('Kasvualat, rahoitus; ja verkostot\nosa 1');
    expect(webinar?.startDate.toJSDate().toISOString()).toBe('2022-12-02T08:00:00.000Z');
    expect(webinar?.endDate.toJSDate().toISOString()).toBe('2022-12-02T09:30:00.000Z');
    expect(webinar?.startDate.zone.tzid).toBe('UTC');
    expect(webinar?.location).toBe('Verkossa');
    expect(webinar?.description).toBe(
      'Rivi 1, pilkku; puolipiste\nRivi 2 \\ kenoviiva\n\nhttps://example.org/webinaari?id=1&lang=fi',
    );
    expect(webinar?.component.getFirstPropertyValue('url')).toBe(
      'https://example.org/webinaari?id=1&lang=fi',
    );
    expect(webinar?.component.getFirstPropertyValue('categories')).toBe('webinar');
    expect(visit?.location).toBe('Teknologiapuisto, Linnankatu 1, Savonlinna');
    expect(visit?.component.getFirstPropertyValue('url')).toBe('https://solmu.example/tapahtumat/visit-2');
  });

  it('gives the same file for the same events, and picks the language', () => {
    expect(writeICalendar(events, { stamp })).toBe(writeICalendar(events, { stamp }));
    const [webinar, visit] = parse(
      writeICalendar(events, { stamp, language: 'sv', uidDomain: 'kunta.example' }),
    );
    expect(webinar?.summary).toBe('Tillväxtbranscher, finansiering; och nätverk');
    expect(webinar?.location).toBe('På nätet');
    expect(visit?.summary).toBe('Yritysvierailu');
    expect(visit?.uid).toBe('visit-2@kunta.example');
  });

  it('refuses events it cannot write', () => {
    expect(() => writeICalendar([{ id: 'x', titleFi: 'X', startsAt: 'huomenna' }])).toThrow(FormatError);
    expect(() =>
      writeICalendar([
        { id: 'x', titleFi: 'X', startsAt: '2022-01-02T00:00:00Z', endsAt: '2022-01-01T00:00:00Z' },
      ]),
    ).toThrow(/before startsAt/);
    expect(() => writeICalendar([{ id: '', titleFi: 'X', startsAt: '2022-01-02T00:00:00Z' }])).toThrow(
      /no id/,
    );
  });
});

describe('writeInvitation', () => {
  const invitation = (sequence: number) =>
    writeInvitation(events[0]!, {
      stamp,
      sequence,
      organizer: { name: 'Iisalmen kaupunki', email: 'solmu@example.fi' },
      attendee: { name: 'Liisa Laine', email: 'liisa@example.fi' },
    });

  it('is a request with the organiser, one attendee asked to reply, and the export’s UID', () => {
    const text = invitation(3);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const [event] = parse(text);
    expect(event!.uid).toBe(`${events[0]!.id}@solmu`);
    expect(event!.sequence).toBe(3);
    const vevent = calendar.getFirstSubcomponent('vevent')!;
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:solmu@example.fi');
    const attendees = vevent.getAllProperties('attendee');
    expect(attendees).toHaveLength(1);
    expect(String(attendees[0]!.getFirstValue()).toLowerCase()).toBe('mailto:liisa@example.fi');
    expect(attendees[0]!.getParameter('rsvp')).toBe('TRUE');
    expect(attendees[0]!.getParameter('cn')).toBe('Liisa Laine');
    expect(writeICalendar([events[0]!], { stamp })).toContain(`UID:${event!.uid}`);
  });

  it('carries a later sequence when the event changes', () => {
    expect(parse(invitation(7))[0]!.sequence).toBe(7);
  });
});
