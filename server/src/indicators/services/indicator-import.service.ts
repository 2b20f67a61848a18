import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  checkPeriod,
  FieldErrorCode,
  INDICATOR_IMPORT_COLUMNS,
  INDICATOR_IMPORT_LIMITS,
  INDICATOR_IMPORT_REQUIRED,
  IndicatorValueProblem,
  parseIndicatorValue,
  type ImportRowError,
  type IndicatorImportColumn,
} from '@ratusz/shared';
import { isUniqueViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireUser, type Viewer } from '../../common/policy/viewer.js';
import { canEnterIndicatorValues } from '../indicators.policy.js';
import { IndicatorDefinitionRepository } from '../repositories/indicator-definition.repository.js';
import { MunicipalityLookupRepository } from '../repositories/municipality-lookup.repository.js';
import {
  IndicatorValueRepository,
  VALUE_PERIOD_UNIQUE,
  type NewIndicatorValue,
} from '../repositories/indicator-value.repository.js';
import { importInvalid } from './indicator-errors.js';
import { currentWarsawYear } from './indicator-time.js';
import { readSpreadsheet, UnreadableFileError } from './import-parser.js';

/** Polish headers people write by hand are accepted too. */
const HEADER_ALIASES: Record<string, IndicatorImportColumn> = {
  municipality: 'municipality',
  gmina: 'municipality',
  jst: 'municipality',
  indicator: 'indicator',
  wskaznik: 'indicator',
  wskaźnik: 'indicator',
  year: 'year',
  rok: 'year',
  quarter: 'quarter',
  kwartal: 'quarter',
  kwartał: 'quarter',
  value: 'value',
  wartosc: 'value',
  wartość: 'value',
};

const periodKey = (v: { indicatorId: string; municipalityId: string; year: number; quarter: number | null }) =>
  `${v.indicatorId}|${v.municipalityId}|${v.year}|${v.quarter ?? 0}`;

/**
 * A CSV or XLSX file of values, all or nothing: every row is checked first
 * (each bad cell reported with its row, column and rule), and only a file
 * without a single error is written, in one transaction and one statement.
 */
@Injectable()
export class IndicatorImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly definitions: IndicatorDefinitionRepository,
    private readonly municipalities: MunicipalityLookupRepository,
    private readonly values: IndicatorValueRepository,
  ) {}

  async import(viewer: Viewer, content: Buffer): Promise<{ imported: number }> {
    requireUser(viewer);
    let table: string[][];
    try {
      table = await readSpreadsheet(content);
    } catch (error) {
      if (error instanceof UnreadableFileError) {
        throw DomainError.badInput([{ field: 'file', code: FieldErrorCode.INVALID }], error.message);
      }
      throw error;
    }
    const errors: ImportRowError[] = [];
    const [header = [], ...body] = table;
    const columns = new Map<IndicatorImportColumn, number>();
    header.forEach((cell, index) => {
      const column = HEADER_ALIASES[cell.trim().toLowerCase()];
      if (column && !columns.has(column)) columns.set(column, index);
    });
    for (const required of INDICATOR_IMPORT_REQUIRED) {
      if (!columns.has(required))
        errors.push({ row: 1, column: required, problem: IndicatorValueProblem.MISSING_COLUMN });
    }
    if (errors.length > 0) throw importInvalid(errors, errors.length);
    if (body.length > INDICATOR_IMPORT_LIMITS.maxRows) {
      throw DomainError.badInput(
        [{ field: 'file', code: FieldErrorCode.TOO_LONG, params: { max: INDICATOR_IMPORT_LIMITS.maxRows } }],
        `At most ${INDICATOR_IMPORT_LIMITS.maxRows} rows per file.`,
      );
    }

    const cell = (row: string[], column: IndicatorImportColumn): string => {
      const index = columns.get(column);
      return index === undefined ? '' : (row[index] ?? '').trim();
    };
    const definitions = new Map((await this.definitions.all()).map((d) => [d.code.toUpperCase(), d]));
    const municipalityIds = await this.municipalities.byKeys(body.map((row) => cell(row, 'municipality')));
    const thisYear = currentWarsawYear();

    const candidates: (NewIndicatorValue & { row: number })[] = [];
    const seen = new Map<string, number>();
    body.forEach((row, index) => {
      const rowNumber = index + 2;
      if (row.every((value) => value.trim() === '')) return;
      const add = (column: IndicatorImportColumn, problem: IndicatorValueProblem, limit?: number) =>
        errors.push(
          limit === undefined ? { row: rowNumber, column, problem } : { row: rowNumber, column, problem, limit },
        );

      const municipalityText = cell(row, 'municipality');
      const municipalityId = municipalityIds.get(municipalityText.toLowerCase());
      if (!municipalityText) add('municipality', IndicatorValueProblem.REQUIRED);
      else if (!municipalityId) add('municipality', IndicatorValueProblem.UNKNOWN_MUNICIPALITY);
      else if (!canEnterIndicatorValues(viewer, municipalityId)) {
        add('municipality', IndicatorValueProblem.NOT_YOUR_MUNICIPALITY);
      }

      const indicatorText = cell(row, 'indicator');
      const definition = definitions.get(indicatorText.toUpperCase());
      if (!indicatorText) add('indicator', IndicatorValueProblem.REQUIRED);
      else if (!definition) add('indicator', IndicatorValueProblem.UNKNOWN_INDICATOR);

      const yearText = cell(row, 'year');
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      const quarterText = cell(row, 'quarter');
      const quarter = quarterText === '' ? null : /^\d$/.test(quarterText) ? Number(quarterText) : NaN;
      if (!yearText) add('year', IndicatorValueProblem.REQUIRED);
      else {
        const period = checkPeriod(year, Number.isNaN(quarter) ? 0 : quarter, thisYear);
        if (period === IndicatorValueProblem.QUARTER_INVALID) add('quarter', period);
        else if (period) add('year', period);
      }

      const parsed = definition ? parseIndicatorValue(definition.unit, cell(row, 'value')) : null;
      if (parsed && !parsed.ok) add('value', parsed.problem, parsed.limit);

      if (!municipalityId || !definition || !parsed?.ok || errors.some((e) => e.row === rowNumber)) return;
      const candidate = {
        row: rowNumber,
        indicatorId: definition.id,
        municipalityId,
        year,
        quarter,
        value: parsed.value,
        source: 'IMPORT' as const,
        enteredBy: viewer.userId,
      };
      const key = periodKey(candidate);
      if (seen.has(key)) {
        add('value', IndicatorValueProblem.DUPLICATE_IN_FILE, seen.get(key));
        return;
      }
      seen.set(key, rowNumber);
      candidates.push(candidate);
    });

    const already = await this.values.existing(candidates);
    for (const candidate of candidates) {
      if (already.has(periodKey(candidate))) {
        errors.push({ row: candidate.row, column: 'value', problem: IndicatorValueProblem.ALREADY_RECORDED });
      }
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.row - b.row || columnOrder(a.column) - columnOrder(b.column));
      throw importInvalid(errors.slice(0, INDICATOR_IMPORT_LIMITS.maxErrors), errors.length);
    }
    try {
      const imported = await this.db.transaction((tx) => this.values.insertMany(candidates, tx));
      return { imported };
    } catch (error) {
      // Someone recorded one of these periods between the check and the insert: still nothing is stored.
      if (isUniqueViolation(error, VALUE_PERIOD_UNIQUE)) {
        throw importInvalid([{ row: 1, column: 'value', problem: IndicatorValueProblem.ALREADY_RECORDED }], 1);
      }
      throw error;
    }
  }
}

const columnOrder = (column: IndicatorImportColumn): number => INDICATOR_IMPORT_COLUMNS.indexOf(column);
