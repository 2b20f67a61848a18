import { registerEnumType } from '@nestjs/graphql';
import { FlagReason, ModeratableKind, ModerationAction, ModerationItemState, ModeratorRole } from '@ratusz/shared';

registerEnumType(ModeratableKind, {
  name: 'ModeratableKind',
  description: 'A kind of content that can be flagged and moderated.',
});
registerEnumType(FlagReason, { name: 'FlagReason', description: 'Why an item was flagged; OTHER needs a note.' });
registerEnumType(ModerationItemState, { name: 'ModerationItemState' });
registerEnumType(ModerationAction, { name: 'ModerationAction' });
registerEnumType(ModeratorRole, {
  name: 'ModeratorRole',
  description: 'Who acted, as the public log names them; SYSTEM is the flag threshold.',
});

export { FlagReason, ModeratableKind, ModerationAction, ModerationItemState, ModeratorRole };
