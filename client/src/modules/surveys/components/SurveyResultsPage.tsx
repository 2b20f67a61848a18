import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { PublishSurveyAsIndicatorDocument, SurveyResultsDocument, type SurveyResultsQuery } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';

type QuestionResult = SurveyResultsQuery['surveyResults']['questions'][number];

function QuestionResults({ result }: { result: QuestionResult }) {
  const { t } = useTranslation();
  const captionId = useId();
  const { question } = result;
  if (question.kind === 'OPEN_TEXT') {
    return (
      <section>
        <h3>
          {question.position}. {question.text}
        </h3>
        {result.openAnswers.length === 0 ? (
          <p>{t('surveys.results.noAnswers')}</p>
        ) : (
          <ul>
            {result.openAnswers.map((answer) => (
              <li key={answer.responseId}>
                {answer.text}
                {answer.hidden && ` (${t('surveys.results.hidden')})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  const labels =
    question.kind === 'LIKERT'
      ? ([1, 2, 3, 4, 5] as const).map((n) => `${n} – ${t(`surveys.likert.${n}`)}`)
      : question.options;
  const data = labels.map((label, index) => ({ label, count: result.counts[index] ?? 0 }));
  return (
    <section>
      <h3>
        {question.position}. {question.text}
      </h3>
      {result.mean !== null && <p>{t('surveys.results.mean', { mean: result.mean.toLocaleString() })}</p>}
      <div aria-hidden="true" style={{ height: Math.max(140, data.length * 36 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#c7ced8" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#1a1f29' }} />
            <YAxis type="category" dataKey="label" width={200} tick={{ fill: '#1a1f29', fontSize: 13 }} interval={0} />
            <Bar dataKey="count" fill="#14325c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
        <table className="table">
          <caption id={captionId}>{t('surveys.results.tableCaption', { n: question.position })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('surveys.results.answer')}</th>
              <th scope="col" className="table__number">
                {t('surveys.results.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="table__number">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Results per question with a chart and its table, open answers, the CSV and the "publish as indicator" action. */
export function SurveyResultsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('surveys.results.heading'));
  const { surveyId = '' } = useParams();
  const query = useQuery(SurveyResultsDocument, { variables: { id: surveyId } });
  const yearId = useId();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [publish, published] = useMutation(PublishSurveyAsIndicatorDocument);
  const results = query.data?.surveyResults;
  return (
    <>
      <PageHeading>{t('surveys.results.heading')}</PageHeading>
      <ProblemCallout error={query.error} />
      {results && (
        <>
          <p>{t('surveys.results.responses', { count: results.responseCount })}</p>
          <p>
            <a href={`/api/surveys/${results.surveyId}/results.csv`} download>
              {t('surveys.results.csv')}
            </a>
          </p>
          {results.questions.map((result) => (
            <QuestionResults key={result.question.id} result={result} />
          ))}
          <section aria-labelledby="publish-heading">
            <h2 id="publish-heading">{t('surveys.publish.heading')}</h2>
            <p>{t('surveys.publish.intro')}</p>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void publish({ variables: { surveyId: results.surveyId, year: Number(year) } }).catch(() => undefined);
              }}
            >
              <div className="field">
                <label className="field__label" htmlFor={yearId}>
                  {t('indicators.comparison.year')}
                </label>
                <input
                  id={yearId}
                  className="field__input"
                  inputMode="numeric"
                  value={year}
                  onChange={(e) => setYear(e.target.value)}
                />
              </div>
              <ProblemCallout inline error={published.error} />
              <SubmitButton
                busy={published.loading}
                label={t('surveys.publish.submit')}
                busyLabel={t('surveys.sending')}
              />
            </form>
            {published.data && (
              <ul role="status">
                {published.data.publishSurveyAsIndicator.map((row) => (
                  <li key={row.indicatorCode}>
                    {row.indicatorCode} {row.year}: {row.value}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </>
  );
}
