import ical from 'node-ical';
import { meetingsCalendar } from './meetings-ical.js';
import type { Meeting } from './models/meeting.model.js';

const base: Meeting = {
  id: '0f000000-0000-4000-8000-000000000001',
  kind: 'STRATEGIC_WORKSHOP',
  title: 'Warsztaty strategiczne: żłobki, szkoły',
  descriptionSource: 'Zapraszamy; przynieście "pomysły".',
  descriptionHtml: '',
  startsAt: new Date('2026-07-14T16:30:00Z'),
  endsAt: new Date('2026-07-14T19:00:00Z'),
  address: 'Starostwo, ul. Prądzyńskiego 3, Wołomin',
  onlineUrl: null,
  capacity: 30,
  minutesSource: null,
  minutesHtml: null,
  minutesAt: null,
  cancelledAt: null,
  createdAt: new Date('2026-06-01T10:00:00Z'),
  updatedAt: new Date('2026-06-02T10:00:00Z'),
  consultationId: null,
  networkId: null,
  municipalityId: 'm1',
  organiserId: null,
  consultationStatus: null,
  revision: 2,
};

describe('meetings iCal feed', () => {
  it('writes Warsaw local times with a VTIMEZONE and stable UIDs that a separate parser reads back', () => {
    const text = meetingsCalendar(
      'Spotkania',
      [base, { ...base, id: '0f000000-0000-4000-8000-000000000002', cancelledAt: new Date() }],
      'ratusz.test',
    );
    expect(text).toContain('BEGIN:VTIMEZONE');
    expect(text).toContain('TZID:Europe/Warsaw');
    expect(text).toContain('DTSTART;TZID=Europe/Warsaw:20260714T183000');
    expect(text).toContain('SEQUENCE:2');
    const parsed = Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === 'VEVENT');
    expect(parsed).toHaveLength(2);
    const [first, second] = parsed as ical.VEvent[];
    expect(first.uid).toBe(`meeting-${base.id}@ratusz.test`);
    expect(first.summary).toBe(base.title);
    expect(first.start.toISOString()).toBe('2026-07-14T16:30:00.000Z');
    expect(first.end?.toISOString()).toBe('2026-07-14T19:00:00.000Z');
    expect(first.location).toBe(base.address);
    expect(second.status).toBe('CANCELLED');
  });
});
