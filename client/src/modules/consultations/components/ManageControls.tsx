import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AdvanceConsultationPhaseDocument,
  PublishConsultationDocument,
  type ConsultationDetailsFragment,
} from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useConsultationFormat } from '../hooks/useConsultationFormat';
import { consultationToday } from '../timeline';
import { ConfirmDialog } from './ConfirmDialog';
import { routes } from '../../../app/routes';

/** The phase "move to the next phase" starts: the one after the current, or the next to begin. */
function nextPhase(consultation: ConsultationDetailsFragment) {
  const { phases } = consultation;
  const current = phases.findIndex((phase) => phase.isCurrent);
  if (current >= 0) return phases[current + 1] ?? null;
  const today = consultationToday();
  return phases.find((phase) => phase.startsOn > today) ?? null;
}

/** Edit, publish a draft, and move on to the next phase early (after a confirmation). */
export function ManageControls({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const [publish, publishState] = useMutation(PublishConsultationDocument);
  const [advance, advanceState] = useMutation(AdvanceConsultationPhaseDocument);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const next = nextPhase(consultation);
  const published = consultation.status === 'PUBLISHED';

  const run = async (action: () => Promise<unknown>, done: string | null) => {
    setStatus(null);
    setProblem(null);
    try {
      await action();
      setStatus(done);
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <section className="manage-controls" aria-labelledby="manage-heading">
      <h2 id="manage-heading" className="manage-controls__heading">
        {t('consultations.manage.heading')}
      </h2>
      <div className="manage-controls__actions">
        <Link className="button" to={routes.consultationEdit(consultation.id)}>
          {t('consultations.manage.edit')}
        </Link>
        {!published && (
          <button
            type="button"
            className="button button--primary"
            aria-disabled={publishState.loading || undefined}
            onClick={() => {
              if (publishState.loading) return;
              void run(() => publish({ variables: { id: consultation.id } }), t('consultations.manage.published'));
            }}
          >
            {publishState.loading ? t('consultations.manage.publishing') : t('consultations.manage.publish')}
          </button>
        )}
        {published && next && (
          <button
            type="button"
            className="button"
            aria-disabled={advanceState.loading || undefined}
            onClick={() => !advanceState.loading && setConfirming(true)}
          >
            {advanceState.loading ? t('consultations.manage.advancing') : t('consultations.manage.advance')}
          </button>
        )}
      </div>
      {published && !next && <p className="muted">{t('consultations.manage.lastPhase')}</p>}
      <p role="status" className="manage-controls__status">
        {status}
      </p>
      <ProblemCallout inline error={problem} />
      {next && (
        <ConfirmDialog
          open={confirming}
          heading={t('consultations.manage.confirmHeading')}
          confirmLabel={t('consultations.manage.confirm')}
          cancelLabel={t('consultations.manage.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            // The page's live region announces the new phase (to everyone watching), so nothing more is said here.
            void run(() => advance({ variables: { id: consultation.id } }), null);
          }}
        >
          <p>{t('consultations.manage.confirmFrom', { current: format.phase(consultation.currentPhase) })}</p>
          <p>{t('consultations.manage.confirmText', { next: format.phase(next.kind) })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
