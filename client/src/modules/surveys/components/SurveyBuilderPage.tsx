import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SurveyAccess, SurveyQuestionKind } from '@ratusz/shared';
import { routes } from '../../../app/routes';
import { CreateSurveyDocument, PublishSurveyDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { useDocumentTitle } from '../../i18n/hooks/useDocumentTitle';
import { PageHeading } from '../../layout/components/PageHeading';
import { SubmitButton } from '../../ui/components/SubmitButton';

interface DraftQuestion {
  kind: SurveyQuestionKind;
  text: string;
  options: string;
  required: boolean;
}

const local = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Builds a survey (Likert, single and multiple choice, open text) for one of the official's municipalities. */
export function SurveyBuilderPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('surveys.builder.heading'));
  const navigate = useNavigate();
  const { me } = useMe();
  const ids = {
    place: useId(),
    title: useId(),
    description: useId(),
    access: useId(),
    opens: useId(),
    closes: useId(),
  };
  const places = (me?.roles ?? []).filter((r) => r.role === 'OFFICIAL' && r.municipality).map((r) => r.municipality!);
  const [place, setPlace] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [access, setAccess] = useState<SurveyAccess>(SurveyAccess.ACCOUNT);
  const [opensAt, setOpensAt] = useState(() => local(new Date()));
  const [closesAt, setClosesAt] = useState(() => local(new Date(Date.now() + 30 * 86_400_000)));
  const [questions, setQuestions] = useState<DraftQuestion[]>([
    { kind: SurveyQuestionKind.LIKERT, text: '', options: '', required: true },
  ]);
  const [create, created] = useMutation(CreateSurveyDocument);
  const [publish, published] = useMutation(PublishSurveyDocument);

  const update = (index: number, patch: Partial<DraftQuestion>) =>
    setQuestions(questions.map((q, i) => (i === index ? { ...q, ...patch } : q)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await create({
      variables: {
        input: {
          municipalityId: place ?? places[0]?.id ?? '',
          title,
          description,
          access,
          opensAt: new Date(opensAt).toISOString(),
          closesAt: new Date(closesAt).toISOString(),
          questions: questions.map((q) => ({
            kind: q.kind,
            text: q.text,
            required: q.required,
            options:
              q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE'
                ? q.options
                    .split('\n')
                    .map((o) => o.trim())
                    .filter(Boolean)
                : [],
          })),
        },
      },
    }).catch(() => null);
    const id = result?.data?.createSurvey.id;
    if (id && (await publish({ variables: { id } }).catch(() => null))) await navigate(routes.survey(id));
  }

  if (!me || places.length === 0) {
    return (
      <>
        <PageHeading>{t('surveys.builder.heading')}</PageHeading>
        <p>{t('indicators.entry.officialsOnly')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading>{t('surveys.builder.heading')}</PageHeading>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={ids.place}>
            {t('indicators.entry.municipality')}
          </label>
          <select
            id={ids.place}
            className="field__input"
            value={place ?? places[0].id}
            onChange={(e) => setPlace(e.target.value)}
          >
            {places.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.title}>
            {t('surveys.builder.title')}
          </label>
          <input id={ids.title} className="field__input" value={title} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.description}>
            {t('surveys.builder.description')}
          </label>
          <textarea
            id={ids.description}
            className="field__input"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.access}>
            {t('surveys.builder.access')}
          </label>
          <select
            id={ids.access}
            className="field__input"
            value={access}
            onChange={(e) => setAccess(e.target.value as SurveyAccess)}
          >
            {Object.values(SurveyAccess).map((value) => (
              <option key={value} value={value}>
                {t(`surveys.access.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.opens}>
            {t('surveys.builder.opensAt')}
          </label>
          <input
            id={ids.opens}
            type="datetime-local"
            className="field__input"
            value={opensAt}
            onChange={(e) => setOpensAt(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={ids.closes}>
            {t('surveys.builder.closesAt')}
          </label>
          <input
            id={ids.closes}
            type="datetime-local"
            className="field__input"
            value={closesAt}
            onChange={(e) => setClosesAt(e.target.value)}
          />
        </div>
        {questions.map((question, index) => (
          <fieldset key={index} className="fieldset">
            <legend>{t('surveys.builder.question', { n: index + 1 })}</legend>
            <label className="field">
              <span className="field__label">{t('surveys.builder.kind')}</span>
              <select
                className="field__input"
                value={question.kind}
                onChange={(e) => update(index, { kind: e.target.value as SurveyQuestionKind })}
              >
                {Object.values(SurveyQuestionKind).map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`surveys.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('surveys.builder.text')}</span>
              <input
                className="field__input"
                value={question.text}
                onChange={(e) => update(index, { text: e.target.value })}
              />
            </label>
            {(question.kind === 'SINGLE_CHOICE' || question.kind === 'MULTIPLE_CHOICE') && (
              <label className="field">
                <span className="field__label">{t('surveys.builder.options')}</span>
                <textarea
                  className="field__input"
                  value={question.options}
                  onChange={(e) => update(index, { options: e.target.value })}
                />
              </label>
            )}
            <label className="choice">
              <input
                type="checkbox"
                checked={question.required}
                onChange={(e) => update(index, { required: e.target.checked })}
              />{' '}
              {t('surveys.required')}
            </label>
            {questions.length > 1 && (
              <button
                type="button"
                className="button"
                onClick={() => setQuestions(questions.filter((_, i) => i !== index))}
              >
                {t('surveys.builder.remove', { n: index + 1 })}
              </button>
            )}
          </fieldset>
        ))}
        <button
          type="button"
          className="button"
          onClick={() =>
            setQuestions([...questions, { kind: SurveyQuestionKind.LIKERT, text: '', options: '', required: true }])
          }
        >
          {t('surveys.builder.add')}
        </button>
        <ProblemCallout inline error={created.error ?? published.error} />
        <SubmitButton
          busy={created.loading || published.loading}
          label={t('surveys.builder.submit')}
          busyLabel={t('surveys.sending')}
        />
      </form>
    </>
  );
}
