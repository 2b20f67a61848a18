import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale } from 'chart.js';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsultationReportFieldsFragment } from '../../../gql/graphql';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** The colours of the page's palette (styles.css), read once the canvas is in the document. */
function cssColour(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

/**
 * People and posts per phase as bars. Decoration for sighted readers: the
 * table next to it holds the same numbers for everyone, so the canvas is
 * hidden from assistive technology. The two series differ by outline as
 * well as colour, and the legend names them.
 */
export default function PhaseChart({ report }: { report: ConsultationReportFieldsFragment }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const canvas = useRef<HTMLCanvasElement>(null);
  const labels = report.phases.map((phase) => format.phase(phase.kind));
  const people = report.phases.map((phase) => phase.people);
  const posts = report.phases.map((phase) => phase.discussionPosts + phase.paragraphComments);
  const peopleLabel = t('reports.chart.people');
  const postsLabel = t('reports.chart.posts');

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const primary = cssColour(element, '--report-chart-people', '#14325c');
    const secondary = cssColour(element, '--report-chart-posts', '#1e6b34');
    const chart = new Chart(element, {
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: peopleLabel, data: people, backgroundColor: primary, borderColor: primary, borderWidth: 1 },
          {
            label: postsLabel,
            data: posts,
            backgroundColor: `${secondary}33`,
            borderColor: secondary,
            borderWidth: 2,
          },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
    // The arrays are rebuilt every render; their contents are what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify([labels, people, posts]), peopleLabel, postsLabel]);

  return (
    <div className="report-chart" aria-hidden="true" data-testid="report-chart">
      <canvas ref={canvas} />
    </div>
  );
}
