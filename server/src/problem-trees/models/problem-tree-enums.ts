import { registerEnumType } from '@nestjs/graphql';
import { ObjectiveNodeKind, ProblemTreeNodeKind, ProblemTreeNodeStatus } from '@ratusz/shared';

registerEnumType(ProblemTreeNodeKind, {
  name: 'ProblemTreeNodeKind',
  description: 'CORE: the one core problem; CAUSE: below the core or a cause; EFFECT: above the core or an effect.',
});
registerEnumType(ProblemTreeNodeStatus, {
  name: 'ProblemTreeNodeStatus',
  description: 'PROPOSED by a resident, ACCEPTED or REJECTED (with a reason) by officials and moderators.',
});
registerEnumType(ObjectiveNodeKind, {
  name: 'ObjectiveNodeKind',
  description: 'The core problem becomes the MAIN_OBJECTIVE, causes become MEANS, effects become ENDs.',
});

export { ObjectiveNodeKind, ProblemTreeNodeKind, ProblemTreeNodeStatus };
