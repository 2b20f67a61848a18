import { useTranslation } from 'react-i18next';
import type { BallotOptionFieldsFragment } from '../../../gql/graphql';
import { useConsultationFormat } from '../../consultations/hooks/useConsultationFormat';

/**
 * An option's name in the reader's language: a service area by its Polish or
 * English name, a proposal as "#3 Title", anything else by the server's label.
 */
export function useOptionLabels(options: readonly BallotOptionFieldsFragment[]): (optionId: string) => string {
  const { t } = useTranslation();
  const format = useConsultationFormat();
  const byId = new Map(options.map((option) => [option.id, option]));
  return (optionId) => {
    const option = byId.get(optionId);
    if (!option) return optionId;
    if (option.serviceArea) return format.serviceArea(option.serviceArea);
    if (option.proposal)
      return t('proposals.numbered', { number: option.proposal.number, title: option.proposal.title });
    return option.label;
  };
}
