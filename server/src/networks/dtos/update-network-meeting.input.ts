import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import { FieldErrorCode, NETWORK_MEETING_AGENDA_LIMITS } from '@ratusz/shared';
import { OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType({ description: 'Move a planned meeting, change its host or its agenda; what is left out stays.' })
export class UpdateNetworkMeetingInput {
  @IdField()
  id!: string;

  @Field(() => String, { nullable: true, description: 'A working day, YYYY-MM-DD.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { code: FieldErrorCode.INVALID } })
  date?: string | null;

  @IdField({ nullable: true, description: 'A member municipality.' })
  hostMunicipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @OptionalTextField(NETWORK_MEETING_AGENDA_LIMITS)
  agenda?: string | null;
}
