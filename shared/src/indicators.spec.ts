import {
  checkPeriod,
  computeUnitCost,
  groszeToDecimal,
  normaliseSurveyCode,
  parseIndicatorValue,
  quantileInc,
  worksheetProblems,
} from './indicators.js';

describe('parseIndicatorValue', () => {
  it('normalises Polish and English spellings of a money value without floating point', () => {
    expect(parseIndicatorValue('PLN', '1 234,56')).toEqual({ ok: true, value: '1234.56' });
    expect(parseIndicatorValue('PLN', '0012.10')).toEqual({ ok: true, value: '12.1' });
    expect(parseIndicatorValue('PLN', '99999999999999.99')).toEqual({ ok: true, value: '99999999999999.99' });
  });

  it('names the rule a value breaks for its unit', () => {
    expect(parseIndicatorValue('PLN', '12.345')).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS', limit: 2 });
    expect(parseIndicatorValue('COUNT', '3.5')).toEqual({ ok: false, problem: 'TOO_MANY_DECIMALS', limit: 0 });
    expect(parseIndicatorValue('COUNT', '3.000')).toEqual({ ok: true, value: '3' });
    expect(parseIndicatorValue('SCORE', '5.01')).toEqual({ ok: false, problem: 'ABOVE_MAXIMUM', limit: 5 });
    expect(parseIndicatorValue('SCORE', '0.99')).toEqual({ ok: false, problem: 'BELOW_MINIMUM', limit: 1 });
    expect(parseIndicatorValue('PERCENT', '100')).toEqual({ ok: true, value: '100' });
    expect(parseIndicatorValue('KG', '-1')).toEqual({ ok: false, problem: 'BELOW_MINIMUM', limit: 0 });
    expect(parseIndicatorValue('PLN', 'dużo')).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
    expect(parseIndicatorValue('PLN', '1e5')).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
    expect(parseIndicatorValue('PLN', '  ')).toEqual({ ok: false, problem: 'REQUIRED' });
    expect(parseIndicatorValue('PLN', '123456789012345')).toEqual({ ok: false, problem: 'NOT_A_NUMBER' });
  });
});

describe('checkPeriod', () => {
  it('refuses a future year, a year before 2000 and a quarter outside 1–4', () => {
    expect(checkPeriod(2024, null, 2026)).toBeNull();
    expect(checkPeriod(2026, 4, 2026)).toBeNull();
    expect(checkPeriod(2027, null, 2026)).toBe('YEAR_IN_FUTURE');
    expect(checkPeriod(1999, null, 2026)).toBe('YEAR_INVALID');
    expect(checkPeriod(2024, 5, 2026)).toBe('QUARTER_INVALID');
    expect(checkPeriod(2024, 0, 2026)).toBe('QUARTER_INVALID');
  });
});

describe('computeUnitCost', () => {
  it('computes the unit cost of an administrative case in exact grosze (hand-computed)', () => {
    // Inspector 45 min × 54.00 zł/h = 40.50 zł; clerk 20 min × 42.00 = 14.00; head 5 min × 79.00 = 6.58(3).
    // Staff for 1,200 cases: (45·5400 + 20·4200 + 5·7900) · 1200 / 60 = 366,500 · 20 = 7,330,000 gr.
    // Overheads 2,000,000.00 zł × 12.5 % = 250,000.00 zł = 25,000,000 gr.
    // Total 32,330,000 gr; per case 32,330,000 / 1,200 = 26,941.67 → 26,942 gr = 269.42 zł.
    const result = computeUnitCost({
      posts: [
        { post: 'Inspektor', minutesPerCase: 45, hourlyCostGrosze: 5400 },
        { post: 'Referent', minutesPerCase: 20, hourlyCostGrosze: 4200 },
        { post: 'Kierownik', minutesPerCase: 5, hourlyCostGrosze: 7900 },
      ],
      overheadsGrosze: 200_000_000,
      overheadShareBasisPoints: 1250,
      cases: 1200,
    });
    expect(result.posts.map((p) => p.costPerCaseGrosze)).toEqual([4050, 1400, 658]);
    expect(result.staffCostGrosze).toBe(7_330_000);
    expect(result.allocatedOverheadsGrosze).toBe(25_000_000);
    expect(result.totalCostGrosze).toBe(32_330_000);
    expect(result.unitCostGrosze).toBe(26_942);
    expect(groszeToDecimal(result.unitCostGrosze)).toBe('269.42');
  });

  it('rounds once, half up, from the exact total rather than adding rounded parts', () => {
    // Three posts of 1 minute at 0.50 zł/h: 3 · 50 / 60 = 2.5 gr per case → 3 gr; each part alone is 0.83 → 1.
    const result = computeUnitCost({
      posts: [
        { post: 'A', minutesPerCase: 1, hourlyCostGrosze: 50 },
        { post: 'B', minutesPerCase: 1, hourlyCostGrosze: 50 },
        { post: 'C', minutesPerCase: 1, hourlyCostGrosze: 50 },
      ],
      overheadsGrosze: 0,
      overheadShareBasisPoints: 0,
      cases: 1,
    });
    expect(result.unitCostGrosze).toBe(3);
    // 7 cases with 100 gr of overheads: 100 / 7 = 14.2857 → 14 gr per case; 2.5 + 14.2857 = 16.79 → 17.
    const withOverheads = computeUnitCost({
      posts: [{ post: 'A', minutesPerCase: 3, hourlyCostGrosze: 50 }],
      overheadsGrosze: 100,
      overheadShareBasisPoints: 10_000,
      cases: 7,
    });
    expect(withOverheads.unitCostGrosze).toBe(17);
  });

  it('lists every broken rule with its field and refuses to compute', () => {
    const bad = {
      posts: [{ post: ' ', minutesPerCase: 1.5, hourlyCostGrosze: -1 }],
      overheadsGrosze: 0,
      overheadShareBasisPoints: 10_001,
      cases: 0,
    };
    expect(worksheetProblems(bad)).toEqual([
      { field: 'posts.0.post', problem: 'POST_NAME_REQUIRED' },
      { field: 'posts.0.minutesPerCase', problem: 'MINUTES_INVALID' },
      { field: 'posts.0.hourlyCostGrosze', problem: 'HOURLY_COST_INVALID' },
      { field: 'overheadShareBasisPoints', problem: 'SHARE_INVALID' },
      { field: 'cases', problem: 'CASES_INVALID' },
    ]);
    expect(() => computeUnitCost(bad)).toThrow(RangeError);
  });
});

describe('quantileInc', () => {
  it('interpolates linearly like QUARTILE.INC', () => {
    // Excel: QUARTILE.INC({1,2,3,4,10}, 1) = 2, (…, 2) = 3, (…, 3) = 4.
    expect([0.25, 0.5, 0.75].map((p) => quantileInc([1, 2, 3, 4, 10], p))).toEqual([2, 3, 4]);
    // {10, 20, 30, 40}: h = 0.75 → 17.5; h = 1.5 → 25; h = 2.25 → 32.5.
    expect([0.25, 0.5, 0.75].map((p) => quantileInc([10, 20, 30, 40], p))).toEqual([17.5, 25, 32.5]);
    expect(quantileInc([], 0.5)).toBeNull();
    expect(quantileInc([7], 0.75)).toBe(7);
  });
});

describe('normaliseSurveyCode', () => {
  it('accepts a code typed from paper in lower case with a dash', () => {
    expect(normaliseSurveyCode('abcd-efgh ')).toBe('ABCDEFGH');
  });
});
