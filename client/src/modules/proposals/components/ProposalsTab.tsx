import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConsultationAction, PROPOSAL_MAX_DOCUMENTS, PROPOSAL_THRESHOLD_LIMITS } from '@ratusz/shared';
import {
  ConsultationServiceAreasDocument,
  ProposalsConsultationDocument,
  ProposalsDocument,
  SetProposalSupportThresholdDocument,
  SubmitProposalDocument,
  type ProposalSort,
  type ProposalStatus,
  type ProposalSummaryFragment,
  type ServiceAreaCode,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import type { ConsultationTabPanelProps } from '../../consultations/tabs';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';
import { upcomingOpenings } from '../../consultations/timeline';
import { FormProblem } from '../../forms/components/FormProblem';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { TextField } from '../../forms/components/TextField';
import { useAppForm } from '../../forms/hooks/useAppForm';
import { useDebouncedValue } from '../../forms/hooks/useDebouncedValue';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { useProposalEvents } from '../hooks/useProposalEvents';
import { useProposalFormat } from '../hooks/useProposalFormat';
import { useRandomSeed } from '../hooks/useRandomSeed';
import { uploadAttachments } from '../attachments';
import { EMPTY_PROPOSAL, ProposalForm, proposalInput } from './ProposalForm';
import { ProposalStatusBadge } from './ProposalStatusBadge';
import { routes } from '../../../app/routes';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';
import { OnBehalfSelect } from '../../organisations/components/OnBehalfSelect';
import { useShownTitle } from '../../moderation/components/HiddenNotice';

type Consultation = ConsultationTabPanelProps['consultation'];

const STATUSES: readonly ProposalStatus[] = [
  'SUBMITTED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'IMPLEMENTED',
  'WITHDRAWN',
];
const SORTS: readonly ProposalSort[] = ['NEWEST', 'SUPPORTS', 'RANDOM'];

/** Submitting: the form while the phase allows it, else when it opens (or a login link). */
function SubmitSection({ consultation }: { consultation: Consultation }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const { me } = useMe();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [submitProposal] = useMutation(SubmitProposalDocument, { refetchQueries: [ProposalsDocument] });
  const uploaded = useRef(new WeakMap<File, string>());
  const allowed = consultation.allowedActions.includes(ConsultationAction.SUBMIT_PROPOSAL);
  if (!allowed) {
    const opening = upcomingOpenings(consultation.phases, consultation.allowedActions as ConsultationAction[]).find(
      (entry) => entry.action === ConsultationAction.SUBMIT_PROPOSAL,
    );
    if (!opening) return null;
    return (
      <p className="callout">
        {t('proposals.submit.opens', {
          phase: format.phase(opening.phase.kind),
          date: format.day(opening.phase.startsOn),
        })}
      </p>
    );
  }
  if (!me) {
    return (
      <p className="callout">
        <Link to={routes.login()}>{t('proposals.submit.login')}</Link>
      </p>
    );
  }
  return (
    <section className="section proposal-submit" aria-labelledby="proposal-submit-heading">
      <h3 id="proposal-submit-heading">{t('proposals.submit.heading')}</h3>
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls="proposal-submit-form"
        onClick={() => {
          setOpen((value) => !value);
          setDone(null);
        }}
      >
        {open ? t('proposals.submit.close') : t('proposals.submit.open')}
      </button>
      {/* Hidden, not unmounted: what was typed survives closing the form. */}
      <div id="proposal-submit-form" hidden={!open}>
        <ProposalForm
          idPrefix="proposal-new"
          initial={EMPTY_PROPOSAL}
          submitLabel={t('proposals.submit.submit')}
          busyLabel={t('proposals.submit.submitting')}
          resetOnSuccess
          extra={<OnBehalfSelect id="proposal-new-on-behalf" value={organisationId} onChange={setOrganisationId} />}
          attachmentRoom={PROPOSAL_MAX_DOCUMENTS}
          send={async (values, files) => {
            setDone(null);
            // The files go up first (checked and stored by the server), then the proposal names them.
            const documentIds = await uploadAttachments(consultation.id, files, uploaded.current);
            const { data } = await submitProposal({
              variables: {
                input: { consultationId: consultation.id, ...proposalInput(values), organisationId, documentIds },
              },
            });
            if (data) setDone(t('proposals.submit.submitted', { title: data.submitProposal.title }));
          }}
        />
      </div>
      <p role="status" className="form__status" data-testid="proposal-submitted">
        {done}
      </p>
    </section>
  );
}

/** The organisers' support threshold: after so many supporters a proposal goes to review by itself. */
function ThresholdForm({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const query = useQuery(ProposalsConsultationDocument, { variables: { id: consultationId } });
  const current = query.data?.consultation?.proposalSupportThreshold ?? null;
  const [setThreshold] = useMutation(SetProposalSupportThresholdDocument);
  const [saved, setSaved] = useState<string | null>(null);
  const { min, max } = PROPOSAL_THRESHOLD_LIMITS;
  const form = useAppForm<{ threshold: string }>({
    fields: { threshold: 'proposal-threshold' },
    defaultValues: { threshold: '' },
    values: query.data ? { threshold: current === null ? '' : String(current) } : undefined,
    checks: {
      threshold: (value) => {
        const text = value.trim();
        if (text === '') return null;
        const number = /^\d+$/.test(text) ? Number(text) : Number.NaN;
        return number >= min && number <= max ? null : { code: 'INVALID' };
      },
    },
    messages: { threshold: { INVALID: t('proposals.threshold.invalid', { min, max }) } },
  });
  const submit = form.submit(async ({ threshold }) => {
    setSaved(null);
    await setThreshold({
      variables: { consultationId, threshold: threshold.trim() === '' ? null : Number(threshold.trim()) },
    });
    setSaved(t('proposals.threshold.saved'));
  });
  return (
    <section className="section proposal-threshold" aria-labelledby="proposal-threshold-heading">
      <h3 id="proposal-threshold-heading">{t('proposals.threshold.heading')}</h3>
      <form className="form form--inline" noValidate onSubmit={submit}>
        <FormProblem form={form} />
        <TextField
          {...form.field('threshold')}
          label={t('proposals.threshold.label')}
          hint={t('proposals.threshold.hint')}
          optional
          type="number"
          inputMode="numeric"
          min={min}
        />
        <div className="form__actions">
          <SubmitButton
            busy={form.formState.isSubmitting}
            label={t('proposals.threshold.save')}
            busyLabel={t('proposals.threshold.saving')}
          />
        </div>
        <p role="status" className="form__status">
          {saved}
        </p>
      </form>
    </section>
  );
}

function ProposalCard({ proposal }: { proposal: ProposalSummaryFragment }) {
  const { t } = useTranslation();
  const shownTitle = useShownTitle();
  const format = useConsultationFormat();
  const proposalFormat = useProposalFormat();
  const dates = useFormatters();
  return (
    <li className="proposal-card" data-testid="proposal-card">
      <h4 className="proposal-card__title">
        <Link to={routes.proposal(proposal.consultationId, proposal.id)}>
          {t('proposals.numbered', { number: proposal.number, title: shownTitle(proposal) })}
        </Link>
      </h4>
      <p className="proposal-card__meta">
        <ProposalStatusBadge status={proposal.status} /> · {format.serviceArea(proposal.serviceArea)} ·{' '}
        <span data-testid="proposal-supports">{t('proposals.supports', { count: proposal.supportCount })}</span>
        {proposal.costEstimatePln !== null && proposal.costEstimatePln !== undefined && (
          <> · {t('proposals.cost', { amount: proposalFormat.cost(proposal.costEstimatePln) })}</>
        )}
      </p>
      <p className="proposal-card__meta muted">
        {t('proposals.by', { name: proposal.author?.displayName ?? t('proposals.removedAuthor') })} ·{' '}
        {t('proposals.submittedOn', { date: dates.date(proposal.createdAt) })}
      </p>
    </li>
  );
}

/** The list with its filters, sort (random is stable per visitor), search and "show more". */
function ProposalList({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const seed = useRandomSeed();
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [serviceArea, setServiceArea] = useState<ServiceAreaCode | ''>('');
  const [sort, setSort] = useState<ProposalSort>('NEWEST');
  const [search, setSearch] = useState('');
  const searched = useDebouncedValue(search.trim(), 300);
  const areas = useQuery(ConsultationServiceAreasDocument);
  const query = useQuery(ProposalsDocument, {
    variables: {
      consultationId,
      status: status || null,
      serviceArea: serviceArea || null,
      sort,
      seed: sort === 'RANDOM' ? seed : null,
      search: searched || null,
    },
    fetchPolicy: 'cache-and-network',
  });
  const connection = query.data?.proposals;
  const proposals = connection?.nodes ?? [];
  const pageInfo = connection?.pageInfo;
  return (
    <section className="section" aria-labelledby="proposal-list-heading">
      <h3 id="proposal-list-heading">{t('proposals.list.heading')}</h3>
      <div
        className="consultation-filters proposal-filters"
        role="group"
        aria-label={t('proposals.list.filtersHeading')}
      >
        <div className="field">
          <label className="field__label" htmlFor="proposal-filter-status">
            {t('proposals.list.status')}
          </label>
          <select
            id="proposal-filter-status"
            className="field__input"
            value={status}
            onChange={(event) => setStatus(event.target.value as ProposalStatus | '')}
          >
            <option value="">{t('proposals.list.anyStatus')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`proposals.status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="proposal-filter-area">
            {t('proposals.list.serviceArea')}
          </label>
          <select
            id="proposal-filter-area"
            className="field__input"
            value={serviceArea}
            onChange={(event) => setServiceArea(event.target.value as ServiceAreaCode | '')}
          >
            <option value="">{t('proposals.list.anyServiceArea')}</option>
            {(areas.data?.serviceAreas ?? []).map((area) => (
              <option key={area.code} value={area.code}>
                {format.serviceArea(area)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="proposal-sort">
            {t('proposals.list.sort')}
          </label>
          <select
            id="proposal-sort"
            className="field__input"
            value={sort}
            aria-describedby={sort === 'RANDOM' ? 'proposal-sort-hint' : undefined}
            onChange={(event) => setSort(event.target.value as ProposalSort)}
          >
            {SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`proposals.list.sort${value}`)}
              </option>
            ))}
          </select>
          {sort === 'RANDOM' && (
            <p className="field__hint" id="proposal-sort-hint">
              {t('proposals.list.randomHint')}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field__label" htmlFor="proposal-search">
            {t('proposals.list.search')}
          </label>
          <input
            id="proposal-search"
            className="field__input"
            type="search"
            value={search}
            aria-describedby="proposal-search-hint"
            onChange={(event) => setSearch(event.target.value)}
          />
          <p className="field__hint" id="proposal-search-hint">
            {t('proposals.list.searchHint')}
          </p>
        </div>
      </div>
      <p role="status" className="muted" data-testid="proposal-results">
        {connection && t('proposals.list.results', { count: connection.totalCount })}
      </p>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && (
        <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      )}
      {connection && proposals.length === 0 && <p>{t('proposals.list.empty')}</p>}
      {proposals.length > 0 && (
        <ul className="proposal-list" aria-label={t('proposals.list.label')}>
          {proposals.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} />
          ))}
        </ul>
      )}
      <LoadMoreButton
        pageInfo={pageInfo}
        label={t('proposals.list.loadMore')}
        onLoadMore={(after) => query.fetchMore({ variables: { after }, updateQuery: appendPage('proposals') })}
      />
    </section>
  );
}

/** The consultation's proposals: submitting one, the organisers' threshold, and the list. */
export function ProposalsTab({ consultation }: ConsultationTabPanelProps) {
  const { t } = useTranslation();
  useProposalEvents(consultation.id);
  return (
    <div className="proposals-tab" data-testid="proposals-tab">
      <h2>{t('proposals.heading')}</h2>
      <p>{t('proposals.intro')}</p>
      <SubmitSection consultation={consultation} />
      {consultation.viewerCanManage && <ThresholdForm consultationId={consultation.id} />}
      <ProposalList consultationId={consultation.id} />
    </div>
  );
}
