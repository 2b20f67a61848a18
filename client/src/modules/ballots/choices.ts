import { BallotMethod, type BallotChoiceValue } from '@ratusz/shared';

/**
 * A ballot being filled in, in the shape each control edits: ticked options
 * (approval), points as typed (so an emptied field is not forced to 0 while
 * someone types), and the ranking from first preference down.
 */
export interface BallotDraft {
  approved: readonly string[];
  points: Readonly<Record<string, string>>;
  ranking: readonly string[];
}

export const EMPTY_DRAFT: BallotDraft = { approved: [], points: {}, ranking: [] };

/** Points as typed: blank is none, anything else must be a whole number (else NaN, which the rules refuse). */
function typedPoints(text: string | undefined): number {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') return 0;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The choices a draft stands for, as the API and `validateBallotChoices` take them. */
export function draftChoices(method: BallotMethod, draft: BallotDraft): BallotChoiceValue[] {
  switch (method) {
    case BallotMethod.APPROVAL:
      return draft.approved.map((optionId) => ({ optionId }));
    case BallotMethod.POINTS:
      return (
        Object.entries(draft.points)
          .map(([optionId, text]) => ({ optionId, points: typedPoints(text) }))
          // Untouched and zeroed options are simply not chosen; a malformed value stays, for the rules to name.
          .filter((choice) => choice.points !== 0)
      );
    case BallotMethod.RANKED:
      return draft.ranking.map((optionId, index) => ({ optionId, rank: index + 1 }));
  }
}

/** A recorded ballot (the viewer's own) back as a draft, to show it and change it. */
export function choicesDraft(
  method: BallotMethod,
  choices: readonly { optionId: string; points?: number | null; rank?: number | null }[],
): BallotDraft {
  switch (method) {
    case BallotMethod.APPROVAL:
      return { ...EMPTY_DRAFT, approved: choices.map((choice) => choice.optionId) };
    case BallotMethod.POINTS:
      return {
        ...EMPTY_DRAFT,
        points: Object.fromEntries(choices.map((choice) => [choice.optionId, String(choice.points ?? 0)])),
      };
    case BallotMethod.RANKED:
      return {
        ...EMPTY_DRAFT,
        ranking: [...choices].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((choice) => choice.optionId),
      };
  }
}

/** The points given so far (malformed entries count as none). */
export function pointsGiven(draft: BallotDraft): number {
  return Object.values(draft.points).reduce((sum, text) => {
    const points = typedPoints(text);
    return Number.isFinite(points) ? sum + points : sum;
  }, 0);
}
