import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BALLOT_LIMITS, validateBallotChoices } from '@ratusz/shared';
import { EnterPaperBallotsDocument, type BallotFieldsFragment } from '../../../gql/graphql';
import { usePhaseClosedMessage } from '../../consultations/hooks/usePhaseClosedMessage';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { draftChoices, EMPTY_DRAFT, type BallotDraft } from '../choices';
import { useBallotProblemMessage } from '../hooks/useBallotProblemMessage';
import { BallotChoices, type ChoiceOption } from './BallotChoices';
import { ballotRules } from './BallotVoteForm';

/**
 * Paper ballots collected at meetings, entered by an official: one set of
 * choices and how many ballots carried exactly those, checked by the same
 * rule as an online ballot, stored together or not at all.
 */
export function PaperBallotsForm({
  ballot,
  options,
}: {
  ballot: BallotFieldsFragment;
  options: readonly ChoiceOption[];
}) {
  const { t } = useTranslation();
  const describeProblem = useBallotProblemMessage();
  const phaseClosed = usePhaseClosedMessage();
  const [draft, setDraft] = useState<BallotDraft>(EMPTY_DRAFT);
  const [count, setCount] = useState('1');
  const [attempted, setAttempted] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [enter, enterState] = useMutation(EnterPaperBallotsDocument);
  const rules = ballotRules(ballot);
  const choices = draftChoices(ballot.method, draft);
  const problem = validateBallotChoices(rules, choices);
  const shownProblem = problem && (problem.code !== 'BALLOT_EMPTY' || attempted) ? problem : null;
  const copies = /^\d+$/.test(count.trim()) ? Number(count) : Number.NaN;
  const countInvalid = !(copies >= 1 && copies <= BALLOT_LIMITS.paperBallotsPerCall);
  const labelOf = (id: string) => options.find((option) => option.id === id)?.label ?? id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (enterState.loading) return;
    setAttempted(true);
    setDone(null);
    if (countInvalid) {
      document.getElementById('paper-count')?.focus();
      return;
    }
    if (problem) {
      document.getElementById('paper-problem')?.focus();
      return;
    }
    const one = choices.map((c) => ({ optionId: c.optionId, points: c.points ?? null, rank: c.rank ?? null }));
    enter({ variables: { input: { ballotId: ballot.id, ballots: Array.from({ length: copies }, () => one) } } })
      .then(() => {
        setDraft(EMPTY_DRAFT);
        setCount('1');
        setAttempted(false);
        setDone(t('ballots.paper.done', { count: copies }));
      })
      .catch(() => undefined);
  };

  return (
    <section className="section paper-ballots" aria-labelledby="paper-ballots-heading">
      <h3 id="paper-ballots-heading">{t('ballots.paper.heading')}</h3>
      <p>{t('ballots.paper.intro')}</p>
      <form className="form" noValidate onSubmit={submit}>
        <BallotChoices
          idPrefix="paper"
          legend={t('ballots.paper.choices')}
          rules={rules}
          options={options}
          draft={draft}
          onChange={(next) => {
            setDraft(next);
            setDone(null);
          }}
          problem={shownProblem}
        />
        <div role="status">
          {shownProblem && (
            <p className="field__error" id="paper-problem" tabIndex={-1}>
              {describeProblem(shownProblem, ballot.method, labelOf)}
            </p>
          )}
        </div>
        <TextField
          id="paper-count"
          label={t('ballots.paper.count')}
          type="number"
          inputMode="numeric"
          min={1}
          max={BALLOT_LIMITS.paperBallotsPerCall}
          value={count}
          onChange={(event) => setCount(event.target.value)}
          error={
            attempted && countInvalid
              ? t('ballots.paper.countInvalid', { max: BALLOT_LIMITS.paperBallotsPerCall })
              : undefined
          }
        />
        <ProblemCallout
          error={enterState.error}
          messages={{ PHASE_CLOSED: phaseClosed(enterState.error) ?? undefined }}
        />
        <div className="form__actions">
          <SubmitButton
            busy={enterState.loading}
            label={t('ballots.paper.submit')}
            busyLabel={t('ballots.paper.submitting')}
          />
        </div>
        <p role="status" className="form__status">
          {done}
        </p>
      </form>
    </section>
  );
}
