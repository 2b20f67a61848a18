import { useTranslation } from 'react-i18next';
import { BallotMethod, type BallotProblem } from '@ratusz/shared';

/**
 * The rule a ballot breaks (from the shared `validateBallotChoices`, the one
 * the server applies) as a sentence naming it, with the option concerned.
 */
export function useBallotProblemMessage(): (
  problem: BallotProblem,
  method: BallotMethod,
  labelOf: (optionId: string) => string,
) => string {
  const { t } = useTranslation();
  return (problem, method, labelOf) => {
    const limit = problem.limit ?? 0;
    switch (problem.code) {
      case 'BALLOT_EMPTY':
        return method === BallotMethod.POINTS
          ? t('ballots.problem.BALLOT_EMPTY_POINTS')
          : t('ballots.problem.BALLOT_EMPTY');
      case 'BALLOT_TOO_MANY_CHOICES':
        return t('ballots.problem.BALLOT_TOO_MANY_CHOICES', { limit });
      case 'BALLOT_TOO_MANY_POINTS':
        return t('ballots.problem.BALLOT_TOO_MANY_POINTS', { limit });
      case 'BALLOT_POINTS_PER_OPTION_EXCEEDED':
        return t('ballots.problem.BALLOT_POINTS_PER_OPTION_EXCEEDED', {
          limit,
          label: problem.optionId ? labelOf(problem.optionId) : '',
        });
      case 'BALLOT_DUPLICATE_RANK':
      case 'BALLOT_DUPLICATE_OPTION':
      case 'BALLOT_UNKNOWN_OPTION':
        return t(`ballots.problem.${problem.code}`);
      case 'BAD_USER_INPUT':
        if (method === BallotMethod.POINTS) return t('ballots.problem.BAD_POINTS');
        if (method === BallotMethod.RANKED) return t('ballots.problem.BAD_RANKS');
        return t('ballots.problem.BAD_USER_INPUT');
      default:
        return t(`errors.${problem.code}`);
    }
  };
}
