import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BallotDocument, type BallotFieldsFragment } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import type { ConsultationTabPanelProps } from '../../consultations/tabs';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useZonedFormat } from '../../meetings/hooks/useZonedFormat';
import { useBallotEvents } from '../hooks/useBallotEvents';
import { useOptionLabels } from '../hooks/useOptionLabels';
import { BallotConfigForm } from './BallotConfigForm';
import { BallotReceipts } from './BallotReceipts';
import { BallotResults } from './BallotResults';
import { BallotVoteForm } from './BallotVoteForm';
import { PaperBallotsForm } from './PaperBallotsForm';
import { routes } from '../../../app/routes';

type Consultation = ConsultationTabPanelProps['consultation'];

/** The rules of the vote in words, where it stands, and how many have voted (kept current live). */
function BallotFacts({ ballot, consultation }: { ballot: BallotFieldsFragment; consultation: Consultation }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const voting = consultation.phases.find((phase) => phase.kind === 'VOTING');
  const state = ballot.closed
    ? t('ballots.state.closed')
    : ballot.open
      ? voting
        ? t('ballots.state.openUntil', { date: format.day(voting.endsOn) })
        : t('ballots.state.open')
      : voting
        ? t('ballots.state.opens', { date: format.day(voting.startsOn) })
        : t('ballots.state.notOpen');
  const limits =
    ballot.method === 'POINTS'
      ? t('ballots.rules.points', {
          total: ballot.pointsTotal ?? 0,
          perOption: ballot.pointsPerOptionMax ?? ballot.pointsTotal ?? 0,
        })
      : ballot.maxChoices === null || ballot.maxChoices === undefined
        ? ballot.method === 'APPROVAL'
          ? t('ballots.rules.approvalAll')
          : t('ballots.rules.ranked', { count: ballot.options.length })
        : ballot.method === 'APPROVAL'
          ? t('ballots.rules.approval', { count: ballot.maxChoices })
          : t('ballots.rules.ranked', { count: ballot.maxChoices });
  return (
    <>
      <p className="ballot-state" data-testid="ballot-state">
        <strong>{state}</strong>{' '}
        <span data-testid="ballots-cast">
          {t('ballots.cast', { count: ballot.ballotsCast })}
          {ballot.paperBallots > 0 && ` (${t('ballots.castPaper', { count: ballot.paperBallots })})`}
        </span>
      </p>
      <dl className="consultation-facts ballot-facts" aria-label={t('ballots.facts')}>
        <div>
          <dt>{t('ballots.factMethod')}</dt>
          <dd data-testid="ballot-method">
            {t(`ballots.method.${ballot.method}`)}. {limits}
          </dd>
        </div>
        <div>
          <dt>{t('ballots.factOptions')}</dt>
          <dd>{t(`ballots.source.${ballot.optionSource}`)}</dd>
        </div>
        <div>
          <dt>{t('ballots.factVisibility')}</dt>
          <dd>{t(`ballots.visibility.${ballot.resultsVisibility}`)}</dd>
        </div>
        <div>
          <dt>{t('ballots.factEligibility')}</dt>
          <dd>{t(`ballots.eligibility.${ballot.eligibility}`)}</dd>
        </div>
      </dl>
    </>
  );
}

/** The viewer's recorded ballot and its receipt code. */
function OwnBallot({ ballot, labelOf }: { ballot: BallotFieldsFragment; labelOf: (id: string) => string }) {
  const { t } = useTranslation();
  const format = useZonedFormat();
  const own = ballot.viewerBallot;
  if (!own) return null;
  const choices = [...own.choices].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return (
    <section className="section own-ballot" aria-labelledby="own-ballot-heading" data-testid="own-ballot">
      <h3 id="own-ballot-heading">{t('ballots.vote.yourChoices')}</h3>
      <p>{t('ballots.vote.current', { date: format.dateTime(own.castAt) })}</p>
      <ul>
        {choices.map((choice) => (
          <li key={choice.optionId}>
            {ballot.method === 'RANKED' && `${t('ballots.vote.rank', { rank: choice.rank ?? 0 })}: `}
            {labelOf(choice.optionId)}
            {ballot.method === 'POINTS' && `: ${choice.points ?? 0}`}
          </li>
        ))}
      </ul>
      <p>
        {t('ballots.vote.receipt')}:{' '}
        <strong className="receipt" data-testid="own-receipt">
          {own.receipt}
        </strong>
      </p>
      <p className="field__hint">{t('ballots.vote.receiptHint')}</p>
    </section>
  );
}

/** Why the viewer sees no voting form, when the vote is open. */
function VoteNotice({ ballot, consultation }: { ballot: BallotFieldsFragment; consultation: Consultation }) {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  if (!ballot.open || ballot.viewerCanVote || loading) return null;
  if (!me) {
    return (
      <p className="callout">
        <Link to={routes.login()}>{t('ballots.vote.login')}</Link>
      </p>
    );
  }
  return (
    <p className="callout" data-testid="not-eligible">
      {ballot.viewerEligible
        ? t('ballots.vote.cannotVote')
        : t('ballots.vote.notEligible', { name: consultation.municipality.name })}
    </p>
  );
}

function BallotView({ ballot, consultation }: { ballot: BallotFieldsFragment; consultation: Consultation }) {
  const labelOf = useOptionLabels(ballot.options);
  const options = [...ballot.options]
    .sort((a, b) => a.position - b.position)
    .map((option) => ({ id: option.id, label: labelOf(option.id) }));
  return (
    <>
      <BallotFacts ballot={ballot} consultation={consultation} />
      <VoteNotice ballot={ballot} consultation={consultation} />
      <OwnBallot ballot={ballot} labelOf={labelOf} />
      {ballot.open && ballot.viewerCanVote && <BallotVoteForm ballot={ballot} options={options} />}
      {(ballot.results || ballot.closed || ballot.resultsVisibility === 'AFTER_CLOSE') && (
        <BallotResults ballot={ballot} labelOf={labelOf} />
      )}
      {ballot.closed && <BallotReceipts ballotId={ballot.id} ownReceipt={ballot.viewerBallot?.receipt ?? null} />}
      {ballot.viewerCanEnterPaperBallots && <PaperBallotsForm ballot={ballot} options={options} />}
    </>
  );
}

/** The consultation's vote: its rules, the voter's ballot, results when they may be seen, and the organisers' tools. */
export function VoteTab({ consultation }: ConsultationTabPanelProps) {
  const { t } = useTranslation();
  useBallotEvents(consultation.id);
  const query = useQuery(BallotDocument, {
    variables: { consultationId: consultation.id },
    fetchPolicy: 'cache-and-network',
  });
  const ballot = query.data?.ballot ?? null;
  // Opening and closing follow the consultation's phase, which arrives live on the page.
  const phase = useRef(consultation.currentPhase);
  const { refetch } = query;
  useEffect(() => {
    if (phase.current === consultation.currentPhase) return;
    phase.current = consultation.currentPhase;
    void refetch().catch(() => undefined);
  }, [consultation.currentPhase, refetch]);
  // Once frozen nobody may configure, but the organisers still see the settings, disabled, and why.
  const canConfigure = ballot
    ? ballot.viewerCanConfigure || (ballot.frozen && consultation.viewerCanManage)
    : consultation.viewerCanManage;
  return (
    <div className="vote-tab" data-testid="vote-tab">
      <h2>{t('ballots.heading')}</h2>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && (
        <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      )}
      {query.data && !ballot && <p data-testid="ballot-none">{t('ballots.none')}</p>}
      {ballot && <BallotView ballot={ballot} consultation={consultation} />}
      {query.data && canConfigure && <BallotConfigForm consultationId={consultation.id} ballot={ballot} />}
    </div>
  );
}
