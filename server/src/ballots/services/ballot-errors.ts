import { ErrorCode, type BallotProblem } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';

export function ballotNotFound(): DomainError {
  return new DomainError(ErrorCode.BALLOT_NOT_FOUND, 'The ballot was not found.');
}

export function ballotFrozen(frozenAt: Date): DomainError {
  return new DomainError(
    ErrorCode.BALLOT_FROZEN,
    'Ballots have been cast: the method, the options and the limits can no longer change.',
    { rule: 'a ballot is frozen once the first ballot is cast', frozenAt: new Date(frozenAt).toISOString() },
  );
}

export function notEligible(): DomainError {
  return new DomainError(
    ErrorCode.BALLOT_NOT_ELIGIBLE,
    "Only residents vote: your home municipality must be the consultation's or lie inside it.",
    { rule: 'residents of the municipality (or of the municipalities inside it) vote' },
  );
}

export function resultsHidden(): DomainError {
  return new DomainError(ErrorCode.BALLOT_RESULTS_HIDDEN, 'The results are published when voting closes.', {
    rule: 'results and receipts are published after the close',
  });
}

/** A broken voting rule as the error the client translates; `ballotIndex` says which paper ballot. */
export function ballotProblemError(problem: BallotProblem, ballotIndex?: number): DomainError {
  const details = {
    rule: problem.rule,
    ...(problem.optionId === undefined ? {} : { optionId: problem.optionId }),
    ...(problem.limit === undefined ? {} : { limit: problem.limit }),
    ...(ballotIndex === undefined ? {} : { ballotIndex }),
  };
  if (problem.code === 'BAD_USER_INPUT') {
    return new DomainError(ErrorCode.BAD_USER_INPUT, `The ballot is not valid: ${problem.rule}.`, {
      ...details,
      fieldErrors: [{ field: 'choices', code: 'INVALID' }],
    });
  }
  return new DomainError(ErrorCode[problem.code], `The ballot is not valid: ${problem.rule}.`, details);
}
