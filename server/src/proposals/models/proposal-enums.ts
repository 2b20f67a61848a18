import { registerEnumType } from '@nestjs/graphql';
import { ProposalSort, ProposalStatus } from '@ratusz/shared';

registerEnumType(ProposalStatus, {
  name: 'ProposalStatus',
  description:
    'SUBMITTED → UNDER_REVIEW → ACCEPTED or REJECTED; WITHDRAWN by the author; IMPLEMENTED after acceptance.',
});
registerEnumType(ProposalSort, {
  name: 'ProposalSort',
  description: 'SUPPORTS: most supported first (then newest); NEWEST; RANDOM: a stable order per seed.',
});

export { ProposalSort, ProposalStatus };
