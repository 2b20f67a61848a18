/** The report's downloads, served by the server at /api (not client routes). */
export type ReportFormat = 'pdf' | 'csv' | 'json';

export const REPORT_FORMATS: readonly ReportFormat[] = ['pdf', 'csv', 'json'];

export function reportDownloadUrl(consultationId: string, format: ReportFormat): string {
  return `/api/consultations/${encodeURIComponent(consultationId)}/report.${format}`;
}
