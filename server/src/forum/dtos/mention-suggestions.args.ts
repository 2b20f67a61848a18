import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { FieldErrorCode, MENTION_PREFIX_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { MENTION_SUGGESTION_LIMITS } from '../forum.limits.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class MentionSuggestionsArgs {
  @Field({ description: 'What follows the @ so far (a leading @ is ignored).' })
  @TextField(MENTION_PREFIX_LIMITS.min, MENTION_PREFIX_LIMITS.max)
  prefix!: string;

  @Field(() => Int, { defaultValue: MENTION_SUGGESTION_LIMITS.defaultFirst })
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(MENTION_SUGGESTION_LIMITS.maxFirst, invalid)
  first!: number;
}
