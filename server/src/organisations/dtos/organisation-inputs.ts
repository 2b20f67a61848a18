import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { FieldErrorCode, NAME_FILTER_LIMITS } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { EmailField, OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { OrganisationInput } from './organisation.input.js';

@InputType()
export class UpdateOrganisationInput extends OrganisationInput {
  @IdField()
  id!: string;
}

/** Exactly one of handle and e-mail. */
@InputType()
export class InviteMemberInput {
  @IdField()
  organisationId!: string;

  @Field(() => String, { nullable: true, description: 'The invitee’s handle (with or without @).' })
  @IsOptional()
  @OptionalTextField(31)
  handle?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The invitee’s e-mail; someone without an account sees the invitation once they register with it.',
  })
  @IsOptional()
  @EmailField()
  email?: string | null;
}

@ArgsType()
export class OrganisationMemberArgs {
  @IdField()
  organisationId!: string;

  @IdField()
  userId!: string;
}

@ArgsType()
export class OrganisationsArgs extends PageArgs {
  @IdField({ nullable: true, description: 'Only those working in this municipality.' })
  municipalityId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the name.' })
  @IsOptional()
  @OptionalTextField(NAME_FILTER_LIMITS)
  search?: string | null;
}

@ArgsType()
export class SetOrganisationVerifiedArgs {
  @IdField()
  id!: string;

  @Field({ description: 'true verifies, false withdraws the badge.' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  verified!: boolean;
}
