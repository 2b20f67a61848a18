import { IdField } from '../../common/validation/id-field.js';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { DISPLAY_NAME_LIMITS } from '@ratusz/shared';
import { HandleField, TextField } from '../../common/validation/field-rules.js';

@InputType({ description: 'What to change in your profile; omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field({ nullable: true })
  @IsOptional()
  @TextField(DISPLAY_NAME_LIMITS.min, DISPLAY_NAME_LIMITS.max)
  displayName?: string;

  @Field({ nullable: true, description: '3–30 of a-z, 0-9 and _; a leading @ and capitals are accepted and dropped.' })
  @IsOptional()
  @HandleField()
  handle?: string;

  @IdField({ nullable: true, description: 'null clears it.' })
  homeMunicipalityId?: string | null;
}
