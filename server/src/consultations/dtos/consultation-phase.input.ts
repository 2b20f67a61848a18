import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsString } from 'class-validator';
import { FieldErrorCode, TIMELINE_PHASE_KINDS, type TimelinePhaseKind } from '@ratusz/shared';
import { ConsultationPhaseKind } from '../models/consultation-enums.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

/** One phase of a proposed timeline; the timeline as a whole is checked by validatePhases (shared). */
@InputType()
export class ConsultationPhaseInput {
  @Field(() => ConsultationPhaseKind, { description: 'Any kind but DRAFT, which is not a phase.' })
  @IsIn(TIMELINE_PHASE_KINDS, invalid)
  kind!: TimelinePhaseKind;

  @Field({ description: 'First day, YYYY-MM-DD (Europe/Warsaw).' })
  @IsString(invalid)
  startsOn!: string;

  @Field({ description: 'Last day, YYYY-MM-DD (Europe/Warsaw), inclusive.' })
  @IsString(invalid)
  endsOn!: string;
}
