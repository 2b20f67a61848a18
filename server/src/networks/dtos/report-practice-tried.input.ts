import { Field, InputType } from '@nestjs/graphql';
import { Matches } from 'class-validator';
import { FieldErrorCode, PRACTICE_REPORT_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType({ description: '"We tried it too", reported for a municipality by its official.' })
export class ReportPracticeTriedInput {
  @IdField()
  practiceId!: string;

  @IdField()
  municipalityId!: string;

  @Field({ description: 'What came of it.' })
  @TextField(PRACTICE_REPORT_LIMITS)
  outcome!: string;

  @Field({ description: 'When, YYYY-MM-DD; not in the future.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { code: FieldErrorCode.INVALID } })
  triedOn!: string;
}
