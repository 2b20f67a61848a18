import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ConsultationDetailsFragment } from '../../../gql/graphql';
import { selectedTab, visibleTabs } from '../tabs';
import { CONSULTATION_TABS } from './consultationTabs';
import { routeParams } from '../../../app/routes';

/**
 * The WAI-ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move
 * between tabs and open them, the open tab is kept in the address so it can
 * be shared and survives a reload.
 */
export function ConsultationTabs({ consultation }: { consultation: ConsultationDetailsFragment }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tabs = visibleTabs(CONSULTATION_TABS, consultation);
  const current = selectedTab(tabs, searchParams.get(routeParams.consultationTab));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (!current) return null;

  const open = (id: string, focus: boolean) => {
    setSearchParams(
      (params) => {
        const next = new URLSearchParams(params);
        next.set(routeParams.consultationTab, id);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
    if (focus) buttons.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    open(tabs[target].id, true);
  };

  const Panel = current.panel;
  return (
    <div className="tabs">
      <div className="tabs__list" role="tablist" aria-label={t('consultations.tabs.label')}>
        {tabs.map((tab, index) => {
          const selected = tab.id === current.id;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) buttons.current.set(tab.id, element);
                else buttons.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`consultation-tab-${tab.id}`}
              className={`tabs__tab${selected ? ' tabs__tab--selected' : ''}`}
              aria-selected={selected}
              aria-controls={`consultation-panel-${tab.id}`}
              tabIndex={selected ? 0 : -1}
              onClick={() => open(tab.id, false)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              {t(`consultations.tabs.${tab.id}`)}
            </button>
          );
        })}
      </div>
      <div
        className="tabs__panel"
        role="tabpanel"
        id={`consultation-panel-${current.id}`}
        aria-labelledby={`consultation-tab-${current.id}`}
        tabIndex={0}
      >
        <Panel consultation={consultation} />
      </div>
    </div>
  );
}
