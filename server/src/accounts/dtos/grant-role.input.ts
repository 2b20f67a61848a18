import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsUUID } from 'class-validator';
import { FieldErrorCode, MUNICIPAL_ROLES, type MunicipalRole } from '@ratusz/shared';

const MunicipalRoleEnum = { OFFICIAL: 'OFFICIAL', MODERATOR: 'MODERATOR' } as const;
registerEnumType(MunicipalRoleEnum, { name: 'MunicipalRole', description: 'Roles granted per municipality.' });

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  @IsUUID('all', { context: { code: FieldErrorCode.INVALID } })
  userId!: string;

  @Field(() => ID)
  @IsUUID('all', { context: { code: FieldErrorCode.INVALID } })
  municipalityId!: string;

  @Field(() => MunicipalRoleEnum)
  @IsIn(MUNICIPAL_ROLES, { context: { code: FieldErrorCode.INVALID } })
  role!: MunicipalRole;
}
