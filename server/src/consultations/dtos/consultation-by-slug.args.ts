import { ArgsType, Field } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class ConsultationBySlugArgs {
  @IdField()
  municipalityId!: string;

  // Any string: an address that cannot exist is simply not found.
  @Field()
  @IsString({ context: { code: FieldErrorCode.INVALID } })
  slug!: string;
}
