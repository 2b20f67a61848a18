import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  computeUnitCost,
  groszeToDecimal,
  parseIndicatorValue,
  UPLOAD_CSRF_HEADER,
  worksheetProblems,
  type ImportRowError,
} from '@ratusz/shared';
import { routes } from '../../../app/routes';
import {
  IndicatorDefinitionsDocument,
  RecordIndicatorValueDocument,
  SaveUnitCostWorksheetDocument,
  type IndicatorDefinitionsQuery,
} from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';
import { formatDecimal, indicatorName } from './indicatorName';

type Definition = IndicatorDefinitionsQuery['indicatorDefinitions'][number];
const THIS_YEAR = new Date().getFullYear();

/** "54,00" zł typed in a form → 5400 grosze, exactly; null when it is not an amount. */
function toGrosze(text: string): number | null {
  const parsed = parseIndicatorValue('PLN', text);
  if (!parsed.ok) return null;
  const [integer, fraction = ''] = parsed.value.split('.');
  return Number(integer) * 100 + Number(fraction.padEnd(2, '0'));
}

function ImportForm() {
  const { t } = useTranslation();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<
    { imported: number } | { rowErrors: ImportRowError[]; totalErrors: number } | { code: string } | null
  >(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file || busy) return;
    setBusy(true);
    setResult(null);
    try {
      const form = new FormData();
      form.append('file', file);
      const response = await fetch('/api/indicators/import', {
        method: 'POST',
        headers: { [UPLOAD_CSRF_HEADER]: '1' },
        body: form,
        credentials: 'same-origin',
      });
      const body = (await response.json()) as {
        imported?: number;
        errors?: { extensions?: { code?: string; rowErrors?: ImportRowError[]; totalErrors?: number } }[];
      };
      const extensions = body.errors?.[0]?.extensions;
      if (response.ok && typeof body.imported === 'number') setResult({ imported: body.imported });
      else if (extensions?.rowErrors) {
        setResult({
          rowErrors: extensions.rowErrors,
          totalErrors: extensions.totalErrors ?? extensions.rowErrors.length,
        });
      } else setResult({ code: extensions?.code ?? 'UNKNOWN' });
    } catch {
      setResult({ code: 'NETWORK' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{t('indicators.import.heading')}</h2>
      <p>{t('indicators.import.intro')}</p>
      <pre className="indicator-sample">
        {'municipality;indicator;year;quarter;value\nwolomin;ADM_CASE_COST;2024;;142,50'}
      </pre>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={inputId}>
            {t('indicators.import.file')}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="field__input"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
        <SubmitButton busy={busy} label={t('indicators.import.submit')} busyLabel={t('indicators.import.busy')} />
      </form>
      <div role="status" aria-live="polite">
        {result && 'imported' in result && (
          <p className="callout callout--success">{t('indicators.import.done', { count: result.imported })}</p>
        )}
      </div>
      {result && 'code' in result && (
        <div className="callout callout--error" role="alert">
          <p>{t(`errors.${result.code}`, { defaultValue: t('errors.UNKNOWN') })}</p>
        </div>
      )}
      {result && 'rowErrors' in result && (
        <div className="callout callout--error" role="alert">
          <p>{t('indicators.import.failed', { count: result.totalErrors })}</p>
          <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="import-errors-caption">
            <table className="table" data-testid="import-errors">
              <caption id="import-errors-caption">{t('indicators.import.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.import.row')}</th>
                  <th scope="col">{t('indicators.import.column')}</th>
                  <th scope="col">{t('indicators.import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {result.rowErrors.map((error) => (
                  <tr key={`${error.row}-${error.column}`}>
                    <td>{error.row}</td>
                    <td>{error.column}</td>
                    <td>{t(`indicators.problems.${error.problem}`, { limit: error.limit })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function ValueForm({ municipalityId, definitions }: { municipalityId: string; definitions: Definition[] }) {
  const { t, i18n } = useTranslation();
  const ids = { indicator: useId(), year: useId(), quarter: useId(), value: useId() };
  const [indicatorId, setIndicatorId] = useState(definitions[0]?.id ?? '');
  const [year, setYear] = useState(String(THIS_YEAR - 1));
  const [quarter, setQuarter] = useState('');
  const [value, setValue] = useState('');
  const [record, state] = useMutation(RecordIndicatorValueDocument);
  const [saved, setSaved] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const result = await record({
      variables: {
        input: { indicatorId, municipalityId, year: Number(year), quarter: quarter ? Number(quarter) : null, value },
      },
    }).catch(() => null);
    if (result?.data) setSaved(result.data.recordIndicatorValue.value);
  }

  return (
    <section aria-labelledby="value-heading">
      <h2 id="value-heading">{t('indicators.entry.valueHeading')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={ids.indicator}>
            {t('indicators.comparison.indicator')}
          </label>
          <select
            id={ids.indicator}
            className="field__input"
            value={indicatorId}
            onChange={(e) => setIndicatorId(e.target.value)}
          >
            {definitions.map((d) => (
              <option key={d.id} value={d.id}>
                {indicatorName(d, i18n.language)} ({t(`indicators.units.${d.unit}`)})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.year}>
            {t('indicators.comparison.year')}
          </label>
          <input
            id={ids.year}
            className="field__input"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.quarter}>
            {t('indicators.entry.quarter')}
          </label>
          <select
            id={ids.quarter}
            className="field__input"
            value={quarter}
            onChange={(e) => setQuarter(e.target.value)}
          >
            <option value="">{t('indicators.entry.wholeYear')}</option>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {q}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.value}>
            {t('indicators.comparison.value')}
          </label>
          <input
            id={ids.value}
            className="field__input"
            inputMode="decimal"
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <ProblemCallout inline error={state.error} />
        <SubmitButton
          busy={state.loading}
          label={t('indicators.entry.save')}
          busyLabel={t('indicators.entry.saving')}
        />
      </form>
      <div role="status">
        {saved && <p>{t('indicators.entry.saved', { value: formatDecimal(saved, i18n.language) })}</p>}
      </div>
    </section>
  );
}

interface PostRow {
  post: string;
  minutes: string;
  hourly: string;
}

function WorksheetForm({ municipalityId, definitions }: { municipalityId: string; definitions: Definition[] }) {
  const { t, i18n } = useTranslation();
  const costs = definitions.filter((d) => d.kind === 'UNIT_COST' && d.unit === 'PLN');
  const ids = {
    indicator: useId(),
    year: useId(),
    activity: useId(),
    overheads: useId(),
    share: useId(),
    cases: useId(),
  };
  const [indicatorId, setIndicatorId] = useState(costs[0]?.id ?? '');
  const [year, setYear] = useState(String(THIS_YEAR - 1));
  const [activity, setActivity] = useState('');
  const [posts, setPosts] = useState<PostRow[]>([{ post: '', minutes: '', hourly: '' }]);
  const [overheads, setOverheads] = useState('0');
  const [share, setShare] = useState('0');
  const [cases, setCases] = useState('');
  const [save, state] = useMutation(SaveUnitCostWorksheetDocument);

  const sharePercent = parseIndicatorValue('PERCENT', share);
  const input = {
    posts: posts.map((p) => ({
      post: p.post,
      minutesPerCase: /^\d+$/.test(p.minutes) ? Number(p.minutes) : -1,
      hourlyCostGrosze: toGrosze(p.hourly) ?? -1,
    })),
    overheadsGrosze: toGrosze(overheads) ?? -1,
    overheadShareBasisPoints: sharePercent.ok ? Math.round(Number(sharePercent.value) * 100) : -1,
    cases: /^\d+$/.test(cases) ? Number(cases) : 0,
  };
  const problems = worksheetProblems(input);
  const preview = problems.length === 0 ? computeUnitCost(input) : null;
  const zl = (grosze: number) => formatDecimal(groszeToDecimal(grosze), i18n.language);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await save({
      variables: {
        input: {
          indicatorId,
          municipalityId,
          year: Number(year),
          activity,
          posts: input.posts,
          overheadsGrosze: String(input.overheadsGrosze),
          overheadShareBasisPoints: input.overheadShareBasisPoints,
          cases: input.cases,
        },
      },
    }).catch(() => undefined);
  }

  const setPost = (index: number, patch: Partial<PostRow>) =>
    setPosts(posts.map((p, i) => (i === index ? { ...p, ...patch } : p)));

  return (
    <section aria-labelledby="worksheet-heading">
      <h2 id="worksheet-heading">{t('indicators.worksheet.heading')}</h2>
      <p>{t('indicators.worksheet.intro')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={ids.indicator}>
            {t('indicators.comparison.indicator')}
          </label>
          <select
            id={ids.indicator}
            className="field__input"
            value={indicatorId}
            onChange={(e) => setIndicatorId(e.target.value)}
          >
            {costs.map((d) => (
              <option key={d.id} value={d.id}>
                {indicatorName(d, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.year}>
            {t('indicators.comparison.year')}
          </label>
          <input
            id={ids.year}
            className="field__input"
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.activity}>
            {t('indicators.worksheet.activity')}
          </label>
          <input
            id={ids.activity}
            className="field__input"
            value={activity}
            onChange={(e) => setActivity(e.target.value)}
          />
        </div>
        <fieldset className="fieldset">
          <legend>{t('indicators.worksheet.posts')}</legend>
          {posts.map((row, index) => (
            <div
              key={index}
              className="indicator-post"
              role="group"
              aria-label={t('indicators.worksheet.postN', { n: index + 1 })}
            >
              <label>
                {t('indicators.worksheet.post')}
                <input
                  className="field__input"
                  value={row.post}
                  onChange={(e) => setPost(index, { post: e.target.value })}
                />
              </label>
              <label>
                {t('indicators.worksheet.minutes')}
                <input
                  className="field__input"
                  inputMode="numeric"
                  value={row.minutes}
                  onChange={(e) => setPost(index, { minutes: e.target.value })}
                />
              </label>
              <label>
                {t('indicators.worksheet.hourly')}
                <input
                  className="field__input"
                  inputMode="decimal"
                  value={row.hourly}
                  onChange={(e) => setPost(index, { hourly: e.target.value })}
                />
              </label>
              {posts.length > 1 && (
                <button type="button" className="button" onClick={() => setPosts(posts.filter((_, i) => i !== index))}>
                  {t('indicators.worksheet.removePost', { n: index + 1 })}
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => setPosts([...posts, { post: '', minutes: '', hourly: '' }])}
          >
            {t('indicators.worksheet.addPost')}
          </button>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={ids.overheads}>
            {t('indicators.worksheet.overheads')}
          </label>
          <input
            id={ids.overheads}
            className="field__input"
            inputMode="decimal"
            value={overheads}
            onChange={(e) => setOverheads(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.share}>
            {t('indicators.worksheet.share')}
          </label>
          <input
            id={ids.share}
            className="field__input"
            inputMode="decimal"
            value={share}
            onChange={(e) => setShare(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.cases}>
            {t('indicators.worksheet.cases')}
          </label>
          <input
            id={ids.cases}
            className="field__input"
            inputMode="numeric"
            value={cases}
            onChange={(e) => setCases(e.target.value)}
          />
        </div>
        <div role="status" aria-live="polite" data-testid="worksheet-preview">
          {preview ? (
            <dl className="indicator-stats">
              <div>
                <dt>{t('indicators.worksheet.staffCost')}</dt>
                <dd>{zl(preview.staffCostGrosze)} zł</dd>
              </div>
              <div>
                <dt>{t('indicators.worksheet.allocated')}</dt>
                <dd>{zl(preview.allocatedOverheadsGrosze)} zł</dd>
              </div>
              <div>
                <dt>{t('indicators.worksheet.total')}</dt>
                <dd>{zl(preview.totalCostGrosze)} zł</dd>
              </div>
              <div>
                <dt>{t('indicators.worksheet.unitCost')}</dt>
                <dd>
                  <strong>{zl(preview.unitCostGrosze)} zł</strong>
                </dd>
              </div>
            </dl>
          ) : (
            <p className="field__hint">{t('indicators.worksheet.incomplete')}</p>
          )}
        </div>
        <ProblemCallout inline error={state.error} />
        <SubmitButton
          busy={state.loading}
          label={t('indicators.worksheet.save')}
          busyLabel={t('indicators.entry.saving')}
        />
      </form>
      {state.data && (
        <p role="status">
          {t('indicators.worksheet.saved', {
            value: formatDecimal(state.data.saveUnitCostWorksheet.value?.value, i18n.language),
          })}
        </p>
      )}
    </section>
  );
}

/** Where a municipality's officials enter values: an import file, one value, or a unit-cost worksheet. */
export function IndicatorEntryPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('indicators.entry.heading'));
  const { me, loading } = useMe();
  const selectId = useId();
  const definitions = useQuery(IndicatorDefinitionsDocument);
  const places = (me?.roles ?? [])
    .filter((role) => role.role === 'OFFICIAL' && role.municipality)
    .map((role) => role.municipality!);
  const [chosen, setChosen] = useState<string | null>(null);
  const municipalityId = chosen ?? places[0]?.id ?? '';

  if (loading) return null;
  return (
    <>
      <PageHeading>{t('indicators.entry.heading')}</PageHeading>
      <p>
        <Link to={routes.comparisons()}>{t('indicators.comparison.heading')}</Link>
      </p>
      {!me || places.length === 0 ? (
        <p>{t('indicators.entry.officialsOnly')}</p>
      ) : (
        <>
          <ImportForm />
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {t('indicators.entry.municipality')}
            </label>
            <select
              id={selectId}
              className="field__input"
              value={municipalityId}
              onChange={(e) => setChosen(e.target.value)}
            >
              {places.map((place) => (
                <option key={place.id} value={place.id}>
                  {place.name}
                </option>
              ))}
            </select>
          </div>
          <ProblemCallout error={definitions.error} />
          {definitions.data && (
            <>
              <ValueForm municipalityId={municipalityId} definitions={definitions.data.indicatorDefinitions} />
              <WorksheetForm municipalityId={municipalityId} definitions={definitions.data.indicatorDefinitions} />
            </>
          )}
        </>
      )}
    </>
  );
}
