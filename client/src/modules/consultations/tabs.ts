import type { ComponentType } from 'react';
import type { ConsultationDetailsFragment } from '../../gql/graphql';

/**
 * The tabs of a consultation page, in one list. A feature adds its tab here
 * (an id, the key of its label under `consultations.tabs`, its panel and when
 * it is shown); a tab whose `available` says no is not shown at all.
 */
export type ConsultationTabId =
  'discussion' | 'documents' | 'draft' | 'meetings' | 'proposals' | 'problemTree' | 'vote' | 'report';

export interface ConsultationTabPanelProps {
  consultation: ConsultationDetailsFragment;
}

export interface ConsultationTab {
  id: ConsultationTabId;
  /** The panel; null while the feature is not built (the tab is then hidden). */
  panel: ComponentType<ConsultationTabPanelProps> | null;
  /** Whether there is anything to show for this consultation (e.g. a discussion thread exists). */
  available: (consultation: ConsultationDetailsFragment) => boolean;
}

/** The tabs shown for a consultation: registered, built and with something to show, in the list's order. */
export function visibleTabs(
  tabs: readonly ConsultationTab[],
  consultation: ConsultationDetailsFragment,
): (ConsultationTab & { panel: ComponentType<ConsultationTabPanelProps> })[] {
  return tabs.filter(
    (tab): tab is ConsultationTab & { panel: ComponentType<ConsultationTabPanelProps> } =>
      tab.panel !== null && tab.available(consultation),
  );
}

/** The tab a `?zakladka=` value asks for, or the first visible one. */
export function selectedTab<T extends { id: ConsultationTabId }>(
  tabs: readonly T[],
  requested: string | null,
): T | null {
  return tabs.find((tab) => tab.id === requested) ?? tabs[0] ?? null;
}
