import { registerEnumType } from '@nestjs/graphql';
import { ConsultationAction, ConsultationPhaseKind, ConsultationStatus } from '@ratusz/shared';

registerEnumType(ConsultationPhaseKind, {
  name: 'ConsultationPhaseKind',
  description: 'A stage of a consultation: DRAFT before publication, then the phases of its timeline.',
});
registerEnumType(ConsultationStatus, { name: 'ConsultationStatus' });
registerEnumType(ConsultationAction, {
  name: 'ConsultationAction',
  description: 'What people do in a consultation; each phase allows some of them.',
});

export { ConsultationAction, ConsultationPhaseKind, ConsultationStatus };
