import { useMutation, useQuery } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { routes } from '../../../app/routes';
import { SubmitSurveyResponseDocument, SurveyDocument, type SurveyQuery } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';

type Question = NonNullable<SurveyQuery['survey']>['questions'][number];
interface Answer {
  score?: number;
  choices?: number[];
  text?: string;
}

function isShown(question: Question, answers: Map<number, Answer>): boolean {
  if (question.showIfPosition === null || question.showIfPosition === undefined) return true;
  const earlier = answers.get(question.showIfPosition);
  return earlier?.score === question.showIfAnswer || earlier?.choices?.[0] === question.showIfAnswer;
}

function QuestionField({
  question,
  answer,
  onChange,
}: {
  question: Question;
  answer: Answer | undefined;
  onChange: (a: Answer) => void;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const label = `${question.position}. ${question.text}${question.required ? ` (${t('surveys.required')})` : ''}`;
  if (question.kind === 'OPEN_TEXT') {
    return (
      <div className="field">
        <label className="field__label" htmlFor={textId}>
          {label}
        </label>
        <textarea
          id={textId}
          className="field__input"
          rows={3}
          value={answer?.text ?? ''}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      </div>
    );
  }
  const options =
    question.kind === 'LIKERT' ? ([1, 2, 3, 4, 5] as const).map((n) => t(`surveys.likert.${n}`)) : question.options;
  const multiple = question.kind === 'MULTIPLE_CHOICE';
  return (
    <fieldset className="fieldset">
      <legend>{label}</legend>
      {options.map((option, index) => {
        const value = question.kind === 'LIKERT' ? index + 1 : index;
        const checked = question.kind === 'LIKERT' ? answer?.score === value : (answer?.choices ?? []).includes(value);
        return (
          <label key={option} className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={question.id}
              checked={checked}
              onChange={() => {
                if (question.kind === 'LIKERT') onChange({ score: value });
                else if (!multiple) onChange({ choices: [value] });
                else {
                  const current = answer?.choices ?? [];
                  onChange({ choices: checked ? current.filter((c) => c !== value) : [...current, value] });
                }
              }}
            />{' '}
            {question.kind === 'LIKERT' ? `${value} – ${option}` : option}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The public link of a survey: answered once per account, or once per paper code. */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const { surveyId = '' } = useParams();
  const query = useQuery(SurveyDocument, { variables: { id: surveyId } });
  const survey = query.data?.survey;
  useDocumentTitle(survey?.title ?? t('surveys.heading'));
  const codeId = useId();
  const [code, setCode] = useState('');
  const [answers, setAnswers] = useState(new Map<number, Answer>());
  const [submit, state] = useMutation(SubmitSurveyResponseDocument);

  if (query.loading) return null;
  if (!survey) {
    return (
      <>
        <PageHeading>{t('surveys.heading')}</PageHeading>
        <ProblemCallout error={query.error} />
        {!query.error && <p>{t('errors.SURVEY_NOT_FOUND')}</p>}
      </>
    );
  }
  const shown = survey.questions.filter((q) => isShown(q, answers));
  const done = state.data?.submitSurveyResponse === true;
  const when = (value: string) => new Date(value).toLocaleString(i18n.language);

  async function send(event: FormEvent) {
    event.preventDefault();
    if (!survey) return;
    await submit({
      variables: {
        input: {
          surveyId: survey.id,
          code: survey.access === 'CODE' ? code : null,
          answers: shown
            .filter((q) => answers.has(q.position))
            .map((q) => ({ questionId: q.id, ...answers.get(q.position) })),
        },
      },
    }).catch(() => undefined);
  }

  return (
    <>
      <PageHeading>{survey.title}</PageHeading>
      <p>{survey.municipalityName}</p>
      {survey.description && <p>{survey.description}</p>}
      <p className="field__hint">
        {t('surveys.dates', { opens: when(survey.opensAt as string), closes: when(survey.closesAt as string) })}
      </p>
      {survey.viewerCanManage && (
        <p>
          <Link to={routes.surveyResults(survey.id)}>{t('surveys.results.heading')}</Link>
          {survey.access === 'CODE' && (
            <>
              {' · '}
              <a href={`/api/surveys/${survey.id}/codes.pdf`}>{t('surveys.codesPdf')}</a>
            </>
          )}
        </p>
      )}
      {done ? (
        <p className="callout callout--success" role="status">
          {t('surveys.thanks')}
        </p>
      ) : survey.viewerHasAnswered ? (
        <p>{t('errors.SURVEY_ALREADY_ANSWERED')}</p>
      ) : !survey.isOpen ? (
        <p>{t('errors.SURVEY_CLOSED')}</p>
      ) : (
        <form onSubmit={(event) => void send(event)} noValidate>
          {survey.access === 'CODE' && (
            <div className="field">
              <label className="field__label" htmlFor={codeId}>
                {t('surveys.code')}
              </label>
              <input
                id={codeId}
                className="field__input"
                autoComplete="off"
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            </div>
          )}
          {shown.map((question) => (
            <QuestionField
              key={question.id}
              question={question}
              answer={answers.get(question.position)}
              onChange={(answer) => setAnswers(new Map(answers).set(question.position, answer))}
            />
          ))}
          <ProblemCallout inline error={state.error} />
          <SubmitButton busy={state.loading} label={t('surveys.submit')} busyLabel={t('surveys.sending')} />
        </form>
      )}
    </>
  );
}
