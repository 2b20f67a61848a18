import { useTranslation } from 'react-i18next';
import type { ServiceAreaCode } from '@ratusz/shared';
import { useFormatters } from '../../i18n/hooks/useFormatters';
import { useLanguage } from '../../i18n/hooks/useLanguage';

/**
 * Words for a consultation's codes and days in the current language. A phase
 * day is a calendar day (YYYY-MM-DD), read at noon UTC so no time zone moves it.
 */
export function useConsultationFormat() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { date } = useFormatters();
  return {
    day: (day: string) => date(`${day}T12:00:00Z`),
    phase: (kind: string | null | undefined) =>
      kind ? t(`consultations.phase.${kind as 'DIAGNOSIS'}`) : t('consultations.page.betweenPhases'),
    serviceArea: (area: { code: ServiceAreaCode | string; namePl: string; nameEn: string }) =>
      language === 'pl' ? area.namePl : area.nameEn,
  };
}
