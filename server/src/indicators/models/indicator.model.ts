import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IndicatorDirection, IndicatorKind, IndicatorUnit, ServiceAreaCode } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

registerEnumType(IndicatorKind, { name: 'IndicatorKind' });
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });
registerEnumType(IndicatorUnit, {
  name: 'IndicatorUnit',
  description: 'PLN (2 decimals), COUNT (whole), KG (3), PERCENT (0–100), SCORE (1–5), RATIO (4).',
});

@ObjectType({ description: 'What is measured, in which unit, and which way is better.' })
export class IndicatorDefinition {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Stable code used in import files, e.g. ADM_CASE_COST.' })
  code!: string;

  @Field()
  namePl!: string;

  @Field()
  nameEn!: string;

  @Field(() => ServiceAreaCode)
  serviceArea!: ServiceAreaCode;

  @Field(() => IndicatorKind)
  kind!: IndicatorKind;

  @Field(() => IndicatorUnit)
  unit!: IndicatorUnit;

  @Field(() => IndicatorDirection)
  direction!: IndicatorDirection;

  @Field({ description: 'Whether the value is a total worth showing per 1,000 residents.' })
  perThousand!: boolean;

  @Field()
  measurementPl!: string;

  @Field()
  measurementEn!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was archived: left out of the lists offered for new values; its values stay comparable.',
  })
  archivedAt!: Date | null;

  @Field({
    description:
      'Whether values or worksheets use it: then it is archived, never deleted, and keeps its unit and kind.',
  })
  hasValues!: boolean;
}

@ObjectType({ description: 'One municipality’s value of one indicator for a year (or one quarter of it).' })
export class IndicatorValue {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID)
  municipalityId!: string;

  @Field()
  municipalityName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true })
  quarter!: number | null;

  @Field({ description: 'Exact decimal as text ("269.42"); money in złoty with grosze.' })
  value!: string;

  @Field({ description: 'FORM, IMPORT, WORKSHEET, SURVEY or SEED.' })
  source!: string;

  @Field(() => ID, { nullable: true, description: 'The unit-cost worksheet the value was computed by.' })
  worksheetId!: string | null;

  @Field()
  enteredAt!: Date;
}

export const IndicatorValueConnection = Connection(IndicatorValue, 'IndicatorValueConnection');

@ObjectType()
export class WorksheetPostLine {
  @Field()
  post!: string;

  @Field(() => Int)
  minutesPerCase!: number;

  @Field(() => Int)
  hourlyCostGrosze!: number;

  @Field(() => Int, { description: 'minutes × hourly cost ÷ 60, rounded to a grosz.' })
  costPerCaseGrosze!: number;
}

@ObjectType({ description: 'A simplified activity-based costing of one activity, with all its workings.' })
export class UnitCostWorksheet {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  municipalityId!: string;

  @Field(() => ID)
  indicatorId!: string;

  @Field()
  activity!: string;

  @Field(() => [WorksheetPostLine])
  posts!: WorksheetPostLine[];

  @Field({ description: 'Grosze as a decimal string (bigint).' })
  overheadsGrosze!: string;

  @Field(() => Int)
  overheadShareBasisPoints!: number;

  @Field(() => Int)
  cases!: number;

  @Field()
  staffCostGrosze!: string;

  @Field()
  allocatedOverheadsGrosze!: string;

  @Field()
  totalCostGrosze!: string;

  @Field()
  unitCostGrosze!: string;

  @Field(() => IndicatorValue, { nullable: true, description: 'The value this worksheet was saved as.' })
  value!: IndicatorValue | null;

  @Field()
  createdAt!: Date;
}

@ObjectType()
export class ComparisonRow {
  @Field(() => ID)
  municipalityId!: string;

  @Field()
  municipalityName!: string;

  @Field(() => Int, { nullable: true })
  population!: number | null;

  @Field(() => String, { nullable: true, description: 'null: no value recorded for the year.' })
  value!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'value × 1,000 ÷ population, 4 decimals; only for totals (perThousand) with a known population.',
  })
  valuePerThousand!: string | null;

  @Field(() => Int, { nullable: true, description: '1 = best, by the indicator’s direction.' })
  rank!: number | null;

  @Field({ description: 'Below Q1 − 1.5·IQR or above Q3 + 1.5·IQR.' })
  outlier!: boolean;

  @Field({ description: 'The municipality asked to be highlighted.' })
  highlighted!: boolean;
}

@ObjectType({
  description:
    'Quartiles by linear interpolation between closest ranks, h = (n − 1)·p (Excel QUARTILE.INC, PostgreSQL ' +
    'percentile_cont), computed exactly on the decimal values and rounded to 4 places.',
})
export class ComparisonStats {
  @Field(() => Int)
  count!: number;

  @Field(() => String, { nullable: true })
  min!: string | null;

  @Field(() => String, { nullable: true })
  q1!: string | null;

  @Field(() => String, { nullable: true })
  median!: string | null;

  @Field(() => String, { nullable: true })
  q3!: string | null;

  @Field(() => String, { nullable: true })
  max!: string | null;

  @Field(() => String, { nullable: true })
  mean!: string | null;
}

@ObjectType({ description: 'One indicator in one year across every member of a network.' })
export class IndicatorComparison {
  @Field(() => IndicatorDefinition)
  indicator!: IndicatorDefinition;

  @Field(() => ID)
  networkId!: string;

  @Field()
  networkName!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => ComparisonStats)
  stats!: ComparisonStats;

  @Field(() => ComparisonStats, { description: 'The same statistics over the values per 1,000 residents.' })
  perThousandStats!: ComparisonStats;

  @Field(() => [ComparisonRow], { description: 'Every member; those with values first, best first.' })
  rows!: ComparisonRow[];
}

@ObjectType()
export class TrendPoint {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType()
export class TrendSeries {
  @Field(() => ID)
  municipalityId!: string;

  @Field()
  municipalityName!: string;

  @Field()
  highlighted!: boolean;

  @Field(() => [TrendPoint])
  points!: TrendPoint[];
}

@ObjectType({ description: 'An indicator over the years for every member, with the group’s median per year.' })
export class IndicatorTrend {
  @Field(() => IndicatorDefinition)
  indicator!: IndicatorDefinition;

  @Field(() => [Int])
  years!: number[];

  @Field(() => [TrendPoint])
  median!: TrendPoint[];

  @Field(() => [TrendSeries])
  series!: TrendSeries[];
}
