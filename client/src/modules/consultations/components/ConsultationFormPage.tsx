import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConsultationDocument } from '../../../gql/graphql';
import { RequireAuth } from '../../auth/components/RequireAuth';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { ConsultationForm } from './ConsultationForm';
import { routes } from '../../../app/routes';

function NewConsultation() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  const official = me.isAdmin || me.roles.some((grant) => grant.role === 'OFFICIAL');
  return official ? <ConsultationForm me={me} /> : <p>{t('consultations.form.notOfficial')}</p>;
}

function EditConsultation({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const query = useQuery(ConsultationDocument, { variables: { id: consultationId }, fetchPolicy: 'network-only' });
  const consultation = query.data?.consultation;
  if (query.loading && !query.data) return <p className="muted">{t('common.loading')}</p>;
  if (!query.data)
    return <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />;
  if (!consultation) return <p>{t('consultations.page.notFound')}</p>;
  if (!consultation.viewerCanManage || !me) return <p>{t('consultations.form.forbidden')}</p>;
  return (
    <>
      <p>
        <Link to={routes.consultation(consultation.id)}>{consultation.title}</Link>
      </p>
      <ConsultationForm key={consultation.id} me={me} consultation={consultation} />
    </>
  );
}

/** `/konsultacje/nowa` and `/konsultacje/:id/edycja`: the step-by-step form for officials. */
export function ConsultationFormPage() {
  const { consultationId } = useParams();
  const { t } = useTranslation();
  const heading = consultationId ? t('consultations.form.editHeading') : t('consultations.form.newHeading');
  useDocumentTitle(consultationId ? t('pages.consultationEdit') : t('pages.consultationNew'));
  return (
    <div className="page">
      <p>
        <Link to={routes.consultations()}>{t('consultations.page.backToList')}</Link>
      </p>
      <PageHeading>{heading}</PageHeading>
      <RequireAuth>
        {consultationId ? <EditConsultation consultationId={consultationId} /> : <NewConsultation />}
      </RequireAuth>
    </div>
  );
}
