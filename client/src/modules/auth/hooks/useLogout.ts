import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { ErrorCode } from '@ratusz/shared';
import { LogoutDocument } from '../../../gql/graphql';
import { toApiProblem } from '../../forms/apiProblem';
import { translateProblem } from '../../forms/translate';
import { useNotices } from '../../layout/notices';
import { holdRevocationEvents } from '../session';
import { useSignedOut } from './useSignedOut';
import { routes } from '../../../app/routes';

/**
 * Logs this tab out and goes to `redirectTo` (the home page); resolves to false,
 * with a notice, when the server could not be reached.
 */
export function useLogout(): { logout: (redirectTo?: string) => Promise<boolean>; loggingOut: boolean } {
  const [logoutMutation, { loading }] = useMutation(LogoutDocument);
  const signedOut = useSignedOut();
  const { showNotice } = useNotices();

  const logout = useCallback(
    async (redirectTo = routes.home()) => {
      const release = holdRevocationEvents();
      try {
        try {
          await logoutMutation();
        } catch (error) {
          const problem = toApiProblem(error);
          // Already logged out on the server (expired or revoked): finish the job locally.
          if (problem.code !== ErrorCode.UNAUTHENTICATED) {
            showNotice((t) => translateProblem(t, problem), { tone: 'error' });
            return false;
          }
        }
        await signedOut('LOCAL', redirectTo);
        return true;
      } finally {
        release();
      }
    },
    [logoutMutation, signedOut, showNotice],
  );

  return { logout, loggingOut: loading };
}
