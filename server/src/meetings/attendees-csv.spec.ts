import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { attendeesCsv, attendeesFileName, safeCell } from './attendees-csv.js';
import type { MeetingAttendee } from './models/meeting-attendee.model.js';

function attendee(displayName: string, overrides: Partial<MeetingAttendee> = {}): MeetingAttendee {
  return {
    userId: 'u1',
    displayName,
    handle: 'h',
    status: 'REGISTERED',
    waitingPosition: null,
    registeredAt: new Date('2026-05-14T16:30:00Z'),
    promotedAt: null,
    ...overrides,
  };
}

describe('attendees CSV', () => {
  it('starts with a BOM, keeps Polish letters and escapes quotes, commas and line breaks', () => {
    const csv = attendeesCsv([attendee('Żaneta "Ż" Łęcka, Gęś\nnowa linia')]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"Żaneta ""Ż"" Łęcka, Gęś\nnowa linia"');
    expect(csv).toContain('2026-05-14 18:30');
  });

  it.each(['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)'])('neutralises the formula %s', (value) => {
    expect(safeCell(value)).toBe(`'${value}`);
    expect(safeCell('Anna')).toBe('Anna');
  });

  it('names the file readably and gives a RFC 5987 filename*', () => {
    const name = attendeesFileName({
      title: 'Warsztaty: Łódź i Żółkiewka!',
      startsAt: new Date('2026-05-14T16:30:00Z'),
    });
    expect(name).toBe('uczestnicy-warsztaty-łódź-i-żółkiewka-2026-05-14.csv');
    const header = attachmentDisposition(name);
    expect(header).toContain('filename="uczestnicy-warsztaty-lodz-i-zolkiewka-2026-05-14.csv"');
    expect(header).toContain("filename*=UTF-8''uczestnicy-warsztaty-%C5%82%C3%B3d%C5%BA");
  });
});
