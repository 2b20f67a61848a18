import { warsawDateTime } from '../common/http/spreadsheet-csv.js';
import type { ConsultationPhaseKind, MeetingKind } from '@ratusz/shared';
import type { ReportPhaseFigures } from './models/report-figures.model.js';

/*
 * The downloads (PDF, CSV) are documents of the municipality, written in
 * Polish whatever the browser's language, like the attendee list.
 */

export const PHASE_PL: Record<ConsultationPhaseKind, string> = {
  DRAFT: 'Wersja robocza',
  DIAGNOSIS: 'Diagnoza',
  WORKSHOPS: 'Warsztaty',
  DELIBERATION: 'Dyskusja',
  PROPOSALS: 'Zgłaszanie propozycji',
  VOTING: 'Głosowanie',
  DRAFT_CONSULTATION: 'Konsultacja projektu',
  REPORT: 'Raport',
  CLOSED: 'Zakończona',
};

export const MEETING_KIND_PL: Record<MeetingKind, string> = {
  WORKSHOP: 'Warsztat',
  STRATEGIC_WORKSHOP: 'Warsztat strategiczny',
  CONSULTATION_MEETING: 'Spotkanie konsultacyjne',
  CONFERENCE: 'Konferencja',
  EXCHANGE_GROUP_MEETING: 'Spotkanie grupy wymiany doświadczeń',
};

/** The figures counted both per phase and for the whole consultation. */
export type FigureKey = keyof Omit<ReportPhaseFigures, 'kind' | 'startsOn' | 'endsOn'>;

/** The per-phase figures' columns, in the order the PDF table and the CSV show them. */
export const FIGURE_COLUMNS: readonly { key: FigureKey; label: string }[] = [
  { key: 'people', label: 'Osoby' },
  { key: 'discussionPosts', label: 'Wpisy w dyskusji' },
  { key: 'paragraphComments', label: 'Uwagi do projektu' },
  { key: 'officialAnswers', label: 'Odpowiedzi urzędu' },
  { key: 'meetings', label: 'Spotkania' },
  { key: 'registrations', label: 'Zapisy na spotkania' },
  { key: 'proposals', label: 'Propozycje' },
  { key: 'votes', label: 'Głosy' },
];

/** "2026-05-14 18:30", Warsaw time. */
export const warsawTime = warsawDateTime;

/** "raport-strategia-rozwoju-ząbek-v2.pdf": the title kept readable (Polish letters too), safe in file systems. */
export function reportFileName(title: string, version: number, extension: 'pdf' | 'csv' | 'json'): string {
  const slug = title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `raport-${slug || 'konsultacja'}-v${version}.${extension}`;
}
