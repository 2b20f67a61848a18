import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '@ratusz/shared';
import { GoodPracticeDocument, ReportGoodPracticeTriedDocument } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { Problem } from './Problem';

/** "We tried it too", for the officials of other municipalities than the practice's own. */
export function TriedItForm({ practiceId, ownerId }: { practiceId: string; ownerId: string }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const ids = { municipality: useId(), outcome: useId(), triedOn: useId() };
  const places = (me?.roles ?? [])
    .filter((grant) => grant.role === 'OFFICIAL' && grant.municipality.id !== ownerId)
    .map((grant) => grant.municipality);
  const [municipalityId, setMunicipalityId] = useState('');
  const [outcome, setOutcome] = useState('');
  const [triedOn, setTriedOn] = useState(() => localDate(new Date()));
  const [status, setStatus] = useState<string | null>(null);
  const [report, state] = useMutation(ReportGoodPracticeTriedDocument, {
    refetchQueries: [{ query: GoodPracticeDocument, variables: { id: practiceId } }],
    awaitRefetchQueries: true,
  });
  if (places.length === 0) return null;
  const chosen = municipalityId || places[0].id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    try {
      await report({ variables: { input: { practiceId, municipalityId: chosen, outcome, triedOn } } });
      setOutcome('');
      setStatus(t('goodPractices.tried.sent'));
    } catch {
      // Shown by the problem below.
    }
  };

  return (
    <form className="form section" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids.outcome}-heading`}>
      <h2 id={`${ids.outcome}-heading`}>{t('goodPractices.tried.heading')}</h2>
      <div className="field">
        <label className="field__label" htmlFor={ids.municipality}>
          {t('goodPractices.municipality')}
        </label>
        <select
          id={ids.municipality}
          className="field__input"
          value={chosen}
          onChange={(event) => setMunicipalityId(event.target.value)}
        >
          {places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.outcome}>
          {t('goodPractices.tried.outcome')}
        </label>
        <textarea
          id={ids.outcome}
          className="field__textarea"
          rows={3}
          required
          value={outcome}
          onChange={(event) => setOutcome(event.target.value)}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={ids.triedOn}>
          {t('goodPractices.tried.triedOn')}
        </label>
        <input
          id={ids.triedOn}
          className="field__input"
          type="date"
          required
          value={triedOn}
          onChange={(event) => setTriedOn(event.target.value)}
        />
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={state.loading}>
          {t('goodPractices.tried.submit')}
        </button>
      </div>
      <p role="status" className="form__status">
        {status}
      </p>
      <Problem error={state.error} />
    </form>
  );
}
