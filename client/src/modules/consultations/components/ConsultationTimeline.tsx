import { useTranslation } from 'react-i18next';
import type { ConsultationPhaseFieldsFragment } from '../../../gql/graphql';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import { consultationToday, timelineEntries } from '../timeline';

/**
 * The phases as an ordered list. Each says in words whether it is finished,
 * happening now or coming up (never by colour alone), and the current one is
 * marked with aria-current="step".
 */
export function ConsultationTimeline({ phases }: { phases: readonly ConsultationPhaseFieldsFragment[] }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const entries = timelineEntries(phases, consultationToday());
  return (
    <section className="section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('consultations.timeline.heading')}</h2>
      {entries.length === 0 ? (
        <p>{t('consultations.timeline.empty')}</p>
      ) : (
        <>
          {!entries.some((entry) => entry.state === 'current') && (
            <p className="muted">{t('consultations.timeline.noCurrent')}</p>
          )}
          <ol className="timeline" aria-label={t('consultations.timeline.label')} data-testid="timeline">
            {entries.map(({ phase, state, number }) => (
              <li
                key={phase.id}
                className={`timeline__phase timeline__phase--${state}`}
                aria-current={state === 'current' ? 'step' : undefined}
              >
                <span className="timeline__marker" aria-hidden="true">
                  {number}
                </span>
                <div className="timeline__body">
                  <p className="timeline__number">
                    {t('consultations.timeline.phaseOf', { number, count: entries.length })}
                  </p>
                  <p className="timeline__name">{format.phase(phase.kind)}</p>
                  <p className="timeline__dates">
                    {t('consultations.timeline.dates', {
                      start: format.day(phase.startsOn),
                      end: format.day(phase.endsOn),
                    })}
                  </p>
                  <p className="timeline__state" data-testid={`phase-state-${phase.kind}`}>
                    {t(`consultations.timeline.state.${state}`)}
                  </p>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
