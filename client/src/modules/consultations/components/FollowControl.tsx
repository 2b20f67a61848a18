import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FollowConsultationDocument,
  UnfollowConsultationDocument,
  type ConsultationDetailsFragment,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { routes } from '../../../app/routes';

/** Follow or stop following, with how many people follow; the button says what it will do. */
export function FollowControl({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [follow, followState] = useMutation(FollowConsultationDocument);
  const [unfollow, unfollowState] = useMutation(UnfollowConsultationDocument);
  const busy = followState.loading || unfollowState.loading;
  const toggle = () => {
    if (busy) return;
    const variables = { id: consultation.id };
    void (consultation.viewerFollows ? unfollow({ variables }) : follow({ variables })).catch(() => undefined);
  };
  return (
    <div className="consultation-follow">
      <p role="status" data-testid="follower-count">
        {consultation.viewerFollows && <>{t('consultations.follow.following')} </>}
        {t('consultations.follow.followers', { count: consultation.followerCount })}
      </p>
      {me ? (
        <button
          type="button"
          className={`button${consultation.viewerFollows ? '' : ' button--primary'}`}
          aria-disabled={busy || undefined}
          onClick={toggle}
        >
          {consultation.viewerFollows ? t('consultations.follow.unfollow') : t('consultations.follow.follow')}
        </button>
      ) : (
        <p>
          <Link to={routes.login()}>{t('consultations.follow.login')}</Link>
        </p>
      )}
      <ProblemCallout inline error={followState.error ?? unfollowState.error} />
    </div>
  );
}
