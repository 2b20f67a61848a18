import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BallotReceiptsDocument } from '../../../gql/graphql';
import { ProblemCallout } from '../../forms/components/ProblemCallout';
import { appendPage, LoadMoreButton } from '../../ui/components/LoadMoreButton';

/**
 * After the close: every counted online ballot's receipt code, so each voter
 * can find theirs (and nobody can tell whose is whose), with a check of one
 * code against the codes loaded.
 */
export function BallotReceipts({ ballotId, ownReceipt }: { ballotId: string; ownReceipt: string | null }) {
  const { t } = useTranslation();
  const query = useQuery(BallotReceiptsDocument, { variables: { ballotId }, fetchPolicy: 'cache-and-network' });
  const [code, setCode] = useState(ownReceipt ?? '');
  const [checked, setChecked] = useState<string | null>(null);
  const receipts = query.data?.ballotReceipts.nodes ?? [];
  const pageInfo = query.data?.ballotReceipts.pageInfo;
  const known = new Set(receipts);
  const check = (event: FormEvent) => {
    event.preventDefault();
    setChecked(code.trim().toUpperCase());
  };
  return (
    <section className="section ballot-receipts" aria-labelledby="ballot-receipts-heading">
      <h3 id="ballot-receipts-heading">{t('ballots.receipts.heading')}</h3>
      <p>{t('ballots.receipts.intro')}</p>
      {ownReceipt && (
        <p>
          {t('ballots.receipts.yours', { receipt: ownReceipt })} {known.has(ownReceipt) && t('ballots.receipts.found')}
        </p>
      )}
      <form className="form form--inline" onSubmit={check}>
        <div className="field">
          <label className="field__label" htmlFor="receipt-check">
            {t('ballots.receipts.search')}
          </label>
          <input
            id="receipt-check"
            className="field__input receipt"
            value={code}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setCode(event.target.value)}
          />
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('ballots.receipts.check')}
          </button>
        </div>
        <p role="status">
          {checked &&
            (known.has(checked)
              ? t('ballots.receipts.present', { receipt: checked })
              : t('ballots.receipts.absent', { receipt: checked }))}
        </p>
      </form>
      {query.loading && !query.data && <p className="muted">{t('common.loading')}</p>}
      {!query.data && (
        <ProblemCallout error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      )}
      {query.data && (
        <>
          <p className="muted">{t('ballots.receipts.count', { count: query.data.ballotReceipts.totalCount })}</p>
          <ul className="receipt-list" aria-label={t('ballots.receipts.label')} data-testid="receipt-list">
            {receipts.map((receipt) => (
              <li key={receipt} className="receipt">
                {receipt}
              </li>
            ))}
          </ul>
        </>
      )}
      <LoadMoreButton
        pageInfo={pageInfo}
        label={t('ballots.receipts.loadMore')}
        onLoadMore={(after) => query.fetchMore({ variables: { after }, updateQuery: appendPage('ballotReceipts') })}
      />
    </section>
  );
}
