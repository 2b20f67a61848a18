import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalStatus } from '../../../gql/graphql';
import { useLanguage } from '../../i18n/hooks/useLanguage';

/** Words and amounts of proposals in the reader's language. */
export function useProposalFormat() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const currency = useMemo(
    () => new Intl.NumberFormat(language === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency: 'PLN' }),
    [language],
  );
  return {
    status: (status: ProposalStatus) => t(`proposals.status.${status}`),
    /** "1 500 000,00 zł" from the API's exact "1500000.00" (at most 12 digits of grosze, exact as a double). */
    cost: (pln: string) => currency.format(Number(pln)),
  };
}
