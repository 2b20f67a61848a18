import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldErrorCode, IndicatorDirection } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { Viewer } from '../../common/policy/viewer.js';
import type { ComparisonArgs, TrendArgs } from '../dtos/comparison.args.js';
import { canViewComparison } from '../indicators.policy.js';
import type {
  ComparisonStats,
  IndicatorComparison,
  IndicatorDefinition,
  IndicatorTrend,
  TrendPoint,
} from '../models/indicator.model.js';
import {
  ComparisonRepository,
  type ComparisonSqlRow,
  type NetworkFacts,
} from '../repositories/comparison.repository.js';
import { IndicatorDefinitionRepository } from '../repositories/indicator-definition.repository.js';
import { indicatorNotFound } from './indicator-errors.js';

const MAX_TREND_YEARS = 20;

function stats(row: ComparisonSqlRow | undefined, perThousand: boolean): ComparisonStats {
  if (!row) return { count: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };
  return perThousand
    ? {
        count: row.kCount,
        min: row.kMin,
        q1: row.kQ1,
        median: row.kMedian,
        q3: row.kQ3,
        max: row.kMax,
        mean: row.kMean,
      }
    : { count: row.count, min: row.min, q1: row.q1, median: row.median, q3: row.q3, max: row.max, mean: row.mean };
}

@Injectable()
export class ComparisonService {
  constructor(
    private readonly comparisons: ComparisonRepository,
    private readonly definitions: IndicatorDefinitionRepository,
  ) {}

  async comparison(viewer: Viewer, args: ComparisonArgs): Promise<IndicatorComparison> {
    const [network, indicator] = await this.visibleNetworkAndIndicator(viewer, args.networkId, args.indicatorId);
    const found = await this.comparisons.comparison({
      networkId: network.id,
      indicatorId: indicator.id,
      year: args.year,
      perThousand: indicator.perThousand,
      higherIsBetter: indicator.direction === IndicatorDirection.HIGHER_IS_BETTER,
    });
    return {
      indicator,
      networkId: network.id,
      networkName: network.name,
      year: args.year,
      stats: stats(found[0], false),
      perThousandStats: stats(found[0], true),
      rows: found.map((row) => ({
        municipalityId: row.municipalityId,
        municipalityName: row.municipalityName,
        population: row.population,
        value: row.value,
        valuePerThousand: row.valuePerThousand,
        rank: row.rank,
        outlier: row.outlier,
        highlighted: row.municipalityId === args.highlightMunicipalityId,
      })),
    };
  }

  async trend(viewer: Viewer, args: TrendArgs): Promise<IndicatorTrend> {
    if (args.toYear < args.fromYear || args.toYear - args.fromYear >= MAX_TREND_YEARS) {
      throw DomainError.badInput([{ field: 'toYear', code: FieldErrorCode.INVALID, params: { max: MAX_TREND_YEARS } }]);
    }
    const [network, indicator] = await this.visibleNetworkAndIndicator(viewer, args.networkId, args.indicatorId);
    const [found, members] = await Promise.all([
      this.comparisons.trend({
        networkId: network.id,
        indicatorId: indicator.id,
        from: args.fromYear,
        to: args.toYear,
      }),
      this.comparisons.members(network.id),
    ]);
    const years = Array.from({ length: args.toYear - args.fromYear + 1 }, (_, i) => args.fromYear + i);
    const byKey = new Map(found.map((row) => [`${row.municipalityId ?? ''}|${row.year}`, row.value]));
    const pointsOf = (municipalityId: string | null): TrendPoint[] =>
      years.map((year) => ({ year, value: byKey.get(`${municipalityId ?? ''}|${year}`) ?? null }));
    return {
      indicator,
      years,
      median: pointsOf(null),
      series: members.map((member) => ({
        municipalityId: member.id,
        municipalityName: member.name,
        highlighted: member.id === args.highlightMunicipalityId,
        points: pointsOf(member.id),
      })),
    };
  }

  private async visibleNetworkAndIndicator(
    viewer: Viewer,
    networkId: string,
    indicatorId: string,
  ): Promise<[NetworkFacts, IndicatorDefinition]> {
    const [network, indicator] = await Promise.all([
      this.comparisons.network(networkId),
      this.definitions.byId(indicatorId),
    ]);
    if (!network) throw DomainError.notFound('The network');
    if (!indicator) throw indicatorNotFound();
    if (!canViewComparison(viewer, network)) {
      throw new DomainError(
        ErrorCode.COMPARISON_INTERNAL,
        'This network keeps its indicator data internal until published.',
      );
    }
    return [network, indicator];
  }
}
