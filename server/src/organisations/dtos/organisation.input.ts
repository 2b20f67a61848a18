import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, Matches } from 'class-validator';
import {
  FieldErrorCode,
  KRS_PATTERN,
  ORGANISATION_DESCRIPTION_LIMITS,
  ORGANISATION_MAX_MUNICIPALITIES,
  ORGANISATION_NAME_LIMITS,
  ORGANISATION_WEBSITE_LIMITS,
} from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';

/** Name, KRS, description, website and municipalities: the same fields to found and to edit. */
@InputType()
export class OrganisationInput {
  @Field({ description: 'Unique (letter case aside).' })
  @TextField(ORGANISATION_NAME_LIMITS)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The KRS number: exactly 10 digits.' })
  @IsOptional()
  @OptionalTextField(10)
  @Matches(KRS_PATTERN, { context: { code: FieldErrorCode.INVALID } })
  krs?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @OptionalTextField(ORGANISATION_DESCRIPTION_LIMITS)
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'An absolute http or https address (else URL_INVALID).' })
  @IsOptional()
  @OptionalTextField(ORGANISATION_WEBSITE_LIMITS)
  website?: string | null;

  @Field(() => [ID], { description: `The municipalities it works in (at most ${ORGANISATION_MAX_MUNICIPALITIES}).` })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMaxSize(ORGANISATION_MAX_MUNICIPALITIES, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: ORGANISATION_MAX_MUNICIPALITIES } },
  })
  @IsUUID('all', { each: true, context: { code: FieldErrorCode.INVALID } })
  municipalityIds!: string[];
}
