import { useEffect, useRef } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ConfirmRegistrationDocument } from '../../../gql/graphql';
import { routeParams, routes } from '../../../app/routes';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { useSignedIn } from '../hooks/useSignedIn';

/** The e-mailed sign-up link's page: creates the account from the token, logs in and moves on to the home page. */
export function ConfirmRegistrationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('auth.confirm.heading'));
  const [params] = useSearchParams();
  const token = params.get(routeParams.registrationToken) ?? '';
  const navigate = useNavigate();
  const signedIn = useSignedIn();
  const [confirm, { error }] = useMutation(ConfirmRegistrationDocument);
  // The token works once: a second call (React's development double effects, a re-render) would report it used.
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    void confirm({ variables: { token } })
      .then(({ data }) => {
        if (!data) return;
        signedIn(data.confirmRegistration.account, 'register');
        void navigate(routes.home(), { replace: true });
      })
      // Shown from the mutation's `error` below.
      .catch(() => undefined);
  }, [confirm, navigate, signedIn, token]);

  return (
    <div className="page page--narrow">
      <PageHeading>{t('auth.confirm.heading')}</PageHeading>
      {error ? (
        <>
          <ProblemCallout error={error} />
          <p>
            <Link to={routes.register()}>{t('auth.confirm.registerAgain')}</Link>
          </p>
        </>
      ) : (
        <p role="status">{t('auth.confirm.confirming')}</p>
      )}
    </div>
  );
}
