import { Field, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class ThreadFlagsInput {
  @IdField()
  threadId!: string;

  @Field({ nullable: true })
  @IsOptional()
  pinned?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  locked?: boolean;
}
