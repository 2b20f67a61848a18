import {
  canTransitionProposal,
  formatGroszeAsPln,
  isProposalEditable,
  isProposalSupportable,
  isProposalWithdrawable,
  isReviewTransition,
  parsePlnToGrosze,
  PROPOSAL_TRANSITIONS,
  ProposalStatus,
  reviewNeedsPhase,
  reviewNeedsReason,
  reviewTransitionsFrom,
} from './proposals.js';

const S = ProposalStatus;

describe('proposal transitions', () => {
  it.each([
    [S.SUBMITTED, S.UNDER_REVIEW],
    [S.SUBMITTED, S.ACCEPTED],
    [S.SUBMITTED, S.REJECTED],
    [S.SUBMITTED, S.WITHDRAWN],
    [S.UNDER_REVIEW, S.ACCEPTED],
    [S.UNDER_REVIEW, S.REJECTED],
    [S.UNDER_REVIEW, S.WITHDRAWN],
    [S.ACCEPTED, S.IMPLEMENTED],
  ])('allows %s → %s', (from, to) => {
    expect(canTransitionProposal(from, to)).toBe(true);
  });

  it.each([
    [S.UNDER_REVIEW, S.SUBMITTED],
    [S.ACCEPTED, S.REJECTED],
    [S.ACCEPTED, S.WITHDRAWN],
    [S.REJECTED, S.ACCEPTED],
    [S.WITHDRAWN, S.SUBMITTED],
    [S.SUBMITTED, S.IMPLEMENTED],
    [S.IMPLEMENTED, S.ACCEPTED],
    [S.SUBMITTED, S.SUBMITTED],
  ])('refuses %s → %s', (from, to) => {
    expect(canTransitionProposal(from, to)).toBe(false);
  });

  it('never leads back to SUBMITTED, so the threshold can move a proposal only once', () => {
    for (const targets of Object.values(PROPOSAL_TRANSITIONS)) expect(targets).not.toContain(S.SUBMITTED);
  });

  it('leaves withdrawing to the author and deciding to officials', () => {
    expect(isReviewTransition(S.SUBMITTED, S.WITHDRAWN)).toBe(false);
    expect(isReviewTransition(S.SUBMITTED, S.ACCEPTED)).toBe(true);
    expect(reviewTransitionsFrom(S.SUBMITTED)).toEqual([S.UNDER_REVIEW, S.ACCEPTED, S.REJECTED]);
    expect(reviewTransitionsFrom(S.ACCEPTED)).toEqual([S.IMPLEMENTED]);
    expect(reviewTransitionsFrom(S.REJECTED)).toEqual([]);
    expect(isProposalWithdrawable(S.UNDER_REVIEW)).toBe(true);
    expect(isProposalWithdrawable(S.ACCEPTED)).toBe(false);
  });

  it('asks a reason for rejections only, and the review phase for everything but IMPLEMENTED', () => {
    expect(Object.values(S).filter(reviewNeedsReason)).toEqual([S.REJECTED]);
    expect(reviewNeedsPhase(S.IMPLEMENTED)).toBe(false);
    expect(reviewNeedsPhase(S.ACCEPTED)).toBe(true);
  });

  it('edits only SUBMITTED proposals and takes supports until a decision', () => {
    expect(Object.values(S).filter(isProposalEditable)).toEqual([S.SUBMITTED]);
    expect(Object.values(S).filter(isProposalSupportable)).toEqual([S.SUBMITTED, S.UNDER_REVIEW]);
  });
});

describe('PLN amounts', () => {
  it.each([
    ['0', 0],
    ['7', 700],
    ['0.07', 7],
    ['0,5', 50],
    ['1500000', 150_000_000],
    ['1 500 000,50', 150_000_050],
    ['1\u00a0500\u00a0000.5', 150_000_050],
    [' 12.34 ', 1234],
    ['9999999999.99', 999_999_999_999],
    // Floating point would make this 1.1 * 100 = 110.00000000000001.
    ['1.1', 110],
    ['0.29', 29],
  ])('reads %j as %d grosze, exactly', (text, grosze) => {
    expect(parsePlnToGrosze(text)).toBe(grosze);
  });

  it.each(['', ' ', '-1', '1.005', '1e6', '12,5 zł', '10000000000', '1.2.3', 'abc', '.5', '5.', '０'])(
    'refuses %j',
    (text) => {
      expect(parsePlnToGrosze(text)).toBeNull();
    },
  );

  it.each([
    [0, '0.00'],
    [7, '0.07'],
    [110, '1.10'],
    ['150000050', '1500000.50'],
    ['999999999999', '9999999999.99'],
    [12345678901234567n, '123456789012345.67'],
  ])('writes %s grosze as %s', (grosze, text) => {
    expect(formatGroszeAsPln(grosze)).toBe(text);
  });

  it('round-trips every amount it writes', () => {
    for (const grosze of [0, 1, 99, 100, 101, 123_456_789, 999_999_999_999]) {
      expect(parsePlnToGrosze(formatGroszeAsPln(grosze))).toBe(grosze);
    }
  });

  it('refuses something that is not a whole number of grosze', () => {
    expect(() => formatGroszeAsPln(1.5)).toThrow();
    expect(() => formatGroszeAsPln(-1)).toThrow();
  });
});
