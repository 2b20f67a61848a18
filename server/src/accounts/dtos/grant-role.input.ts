import { IdField } from '../../common/validation/id-field.js';
import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { FieldErrorCode, MUNICIPAL_ROLES, type MunicipalRole } from '@ratusz/shared';

const MunicipalRoleEnum = { OFFICIAL: 'OFFICIAL', MODERATOR: 'MODERATOR' } as const;
registerEnumType(MunicipalRoleEnum, { name: 'MunicipalRole', description: 'Roles granted per municipality.' });

@InputType()
export class GrantRoleInput {
  @IdField()
  userId!: string;

  @IdField()
  municipalityId!: string;

  @Field(() => MunicipalRoleEnum)
  @IsIn(MUNICIPAL_ROLES, { context: { code: FieldErrorCode.INVALID } })
  role!: MunicipalRole;
}
