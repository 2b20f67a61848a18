import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { validateBallotChoices } from '@ratusz/shared';
import { BallotDocument, CastBallotDocument, type BallotFieldsFragment } from '../../../gql/graphql';
import { usePhaseClosedMessage } from '../../consultations/hooks/usePhaseClosedMessage';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { choicesDraft, draftChoices, EMPTY_DRAFT, type BallotDraft } from '../choices';
import { useBallotProblemMessage } from '../hooks/useBallotProblemMessage';
import { BallotChoices, type ChoiceOption } from './BallotChoices';

/** The ballot's limits and option ids, as the shared rules read them. */
export function ballotRules(ballot: BallotFieldsFragment) {
  return {
    method: ballot.method,
    maxChoices: ballot.maxChoices ?? null,
    pointsTotal: ballot.pointsTotal ?? null,
    pointsPerOptionMax: ballot.pointsPerOptionMax ?? null,
    optionIds: ballot.options.map((option) => option.id),
  };
}

/**
 * The resident's ballot: the method's controls, checked while they are used
 * by the same rule the server applies (`validateBallotChoices`), then cast.
 * A recorded ballot is loaded into the controls so it can be changed.
 */
export function BallotVoteForm({
  ballot,
  options,
}: {
  ballot: BallotFieldsFragment;
  options: readonly ChoiceOption[];
}) {
  const { t } = useTranslation();
  const idPrefix = 'vote';
  const describeProblem = useBallotProblemMessage();
  const phaseClosed = usePhaseClosedMessage();
  const [draft, setDraft] = useState<BallotDraft>(() =>
    ballot.viewerBallot ? choicesDraft(ballot.method, ballot.viewerBallot.choices) : EMPTY_DRAFT,
  );
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [cast, castState] = useMutation(CastBallotDocument, {
    refetchQueries: [BallotDocument],
    awaitRefetchQueries: true,
  });
  const rules = ballotRules(ballot);
  const choices = draftChoices(ballot.method, draft);
  const problem = validateBallotChoices(rules, choices);
  const labelOf = (id: string) => options.find((option) => option.id === id)?.label ?? id;
  // An empty ballot is how every ballot starts: it is a problem only once someone tries to cast it.
  const shownProblem = problem && (problem.code !== 'BALLOT_EMPTY' || attempted) ? problem : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (castState.loading) return;
    setAttempted(true);
    setDone(null);
    if (problem) {
      document.getElementById(`${idPrefix}-problem`)?.focus();
      return;
    }
    cast({
      variables: {
        input: {
          ballotId: ballot.id,
          choices: choices.map((c) => ({ optionId: c.optionId, points: c.points ?? null, rank: c.rank ?? null })),
        },
      },
    })
      .then(({ data }) => {
        if (data) setDone(t('ballots.vote.done', { receipt: data.castBallot.receipt }));
      })
      .catch(() => undefined);
  };

  return (
    <form className="form ballot-vote" noValidate onSubmit={submit} aria-labelledby="ballot-vote-heading">
      <h3 id="ballot-vote-heading">{t('ballots.vote.heading')}</h3>
      <BallotChoices
        idPrefix={idPrefix}
        legend={t('ballots.vote.options')}
        rules={rules}
        options={options}
        draft={draft}
        onChange={(next) => {
          setDraft(next);
          setDone(null);
        }}
        problem={shownProblem}
      />
      <div role="status" className="ballot-vote__problem">
        {shownProblem && (
          <p className="field__error" id={`${idPrefix}-problem`} tabIndex={-1} data-testid="ballot-problem">
            {describeProblem(shownProblem, ballot.method, labelOf)}
          </p>
        )}
      </div>
      <ProblemCallout error={castState.error} messages={{ PHASE_CLOSED: phaseClosed(castState.error) ?? undefined }} />
      <div className="form__actions">
        <SubmitButton
          busy={castState.loading}
          label={ballot.viewerBallot ? t('ballots.vote.change') : t('ballots.vote.submit')}
          busyLabel={t('ballots.vote.submitting')}
        />
      </div>
      <p role="status" className="form__status" data-testid="vote-done">
        {done}
      </p>
    </form>
  );
}
