import { registerEnumType } from '@nestjs/graphql';
import { MeetingKind, MeetingRegistrationStatus } from '@ratusz/shared';

registerEnumType(MeetingKind, { name: 'MeetingKind', description: 'What kind of gathering a meeting is.' });
registerEnumType(MeetingRegistrationStatus, {
  name: 'MeetingRegistrationStatus',
  description: 'A seat (REGISTERED) or a place in the queue for one (WAITING).',
});

export { MeetingKind, MeetingRegistrationStatus };
