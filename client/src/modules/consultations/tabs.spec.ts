import { describe, expect, it } from '@jest/globals';
import type { ConsultationDetailsFragment } from '../../gql/graphql';
import { selectedTab, visibleTabs, type ConsultationTab } from './tabs';

const Panel = () => null;
const consultation = { id: 'c1', discussionThread: null } as unknown as ConsultationDetailsFragment;

describe('consultation tabs', () => {
  const tabs: ConsultationTab[] = [
    { id: 'discussion', panel: Panel, available: (c) => c.discussionThread !== null },
    { id: 'documents', panel: Panel, available: () => true },
    { id: 'draft', panel: null, available: () => true },
    { id: 'meetings', panel: Panel, available: () => true },
  ];

  it('hides tabs not built yet and those with nothing to show, keeping the order', () => {
    expect(visibleTabs(tabs, consultation).map((tab) => tab.id)).toEqual(['documents', 'meetings']);
  });

  it('opens the tab asked for when it is shown, else the first', () => {
    const shown = visibleTabs(tabs, consultation);
    expect(selectedTab(shown, 'meetings')?.id).toBe('meetings');
    expect(selectedTab(shown, 'discussion')?.id).toBe('documents');
    expect(selectedTab(shown, null)?.id).toBe('documents');
    expect(selectedTab([], 'meetings')).toBeNull();
  });
});
