import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationPhaseKind } from './consultation-enums.js';

@ObjectType({ description: 'One phase of a consultation’s timeline; days are calendar days in Europe/Warsaw.' })
export class ConsultationPhase {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Place on the timeline, from 0.' })
  position!: number;

  @Field(() => ConsultationPhaseKind)
  kind!: ConsultationPhaseKind;

  @Field({ description: 'First day (YYYY-MM-DD), inclusive.' })
  startsOn!: string;

  @Field({ description: 'Last day (YYYY-MM-DD), inclusive.' })
  endsOn!: string;

  @Field({ description: 'Whether this is the phase running now (by its dates, or moved on to early).' })
  isCurrent!: boolean;

  consultationId!: string;
}
