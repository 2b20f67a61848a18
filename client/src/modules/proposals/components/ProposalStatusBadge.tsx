import type { ProposalStatus } from '../../../gql/graphql';
import { useProposalFormat } from '../hooks/useProposalFormat';

/** A proposal's status in words; the colour only repeats what the text says. */
export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const format = useProposalFormat();
  return (
    <span className={`badge badge--proposal badge--proposal-${status.toLowerCase()}`} data-testid="proposal-status">
      {format.status(status)}
    </span>
  );
}
