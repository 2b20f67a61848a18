import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BallotMethod, choicesLimit, pointsPerOptionLimit, type BallotProblem, type BallotRules } from '@ratusz/shared';
import { pointsGiven, type BallotDraft } from '../choices';

export interface ChoiceOption {
  id: string;
  label: string;
}

interface ControlProps {
  /** Makes the controls' ids unique (the voter's form and the paper ballots' form can be on one page). */
  idPrefix: string;
  legend: string;
  rules: BallotRules;
  options: readonly ChoiceOption[];
  draft: BallotDraft;
  onChange: (draft: BallotDraft) => void;
  /** The rule the draft breaks now, to mark the option concerned. */
  problem: BallotProblem | null;
}

function ApprovalControl({ idPrefix, legend, rules, options, draft, onChange }: ControlProps) {
  const { t } = useTranslation();
  const limit = choicesLimit(rules, options.length);
  const chosen = new Set(draft.approved);
  const toggle = (id: string, checked: boolean) =>
    onChange({
      ...draft,
      // In the options' order, whatever order they were ticked in.
      approved: options.map((o) => o.id).filter((optionId) => (optionId === id ? checked : chosen.has(optionId))),
    });
  return (
    <fieldset className="ballot-choices" aria-describedby={`${idPrefix}-rules`}>
      <legend className="ballot-choices__legend">{legend}</legend>
      <p className="field__hint" id={`${idPrefix}-rules`}>
        {rules.maxChoices === null ? t('ballots.rules.approvalAll') : t('ballots.rules.approval', { count: limit })}
      </p>
      <ul className="checkbox-list ballot-choices__list">
        {options.map((option) => (
          <li key={option.id}>
            <input
              type="checkbox"
              id={`${idPrefix}-${option.id}`}
              checked={chosen.has(option.id)}
              onChange={(event) => toggle(option.id, event.target.checked)}
            />{' '}
            <label htmlFor={`${idPrefix}-${option.id}`}>{option.label}</label>
          </li>
        ))}
      </ul>
      <p className="ballot-choices__status" role="status" data-testid="choices-status">
        {t('ballots.vote.chosen', { count: chosen.size, max: limit })}
      </p>
    </fieldset>
  );
}

function PointsControl({ idPrefix, legend, rules, options, draft, onChange, problem }: ControlProps) {
  const { t } = useTranslation();
  const total = rules.pointsTotal ?? 0;
  const perOption = pointsPerOptionLimit(rules);
  const given = pointsGiven(draft);
  const left = total - given;
  const set = (id: string, text: string) => onChange({ ...draft, points: { ...draft.points, [id]: text } });
  const step = (id: string, by: number) => {
    const current = Number(draft.points[id] || 0);
    const base = Number.isInteger(current) ? current : 0;
    // The buttons never step past a limit; typing can, and the rules then name it.
    const next = by > 0 ? Math.min(base + by, perOption, base + Math.max(left, 0)) : Math.max(base + by, 0);
    set(id, String(next));
  };
  return (
    <fieldset className="ballot-choices" aria-describedby={`${idPrefix}-rules`}>
      <legend className="ballot-choices__legend">{legend}</legend>
      <p className="field__hint" id={`${idPrefix}-rules`}>
        {t('ballots.rules.points', { total, perOption })}
      </p>
      <p
        className={`ballot-choices__status${left < 0 ? ' ballot-choices__status--over' : ''}`}
        role="status"
        data-testid="points-left"
      >
        {left >= 0
          ? t('ballots.vote.pointsLeft', { count: left, total })
          : t('ballots.vote.pointsOver', { count: -left })}
      </p>
      <ul className="points-list">
        {options.map((option) => {
          const id = `${idPrefix}-${option.id}`;
          const invalid = problem?.optionId === option.id;
          return (
            <li key={option.id} className="points-list__row">
              <label className="points-list__label" htmlFor={id}>
                {option.label}
              </label>
              <div className="stepper">
                <button
                  type="button"
                  className="button button--small stepper__button"
                  onClick={() => step(option.id, -1)}
                >
                  <span aria-hidden="true">−</span>
                  <span className="visually-hidden">{t('ballots.vote.fewerPoints', { label: option.label })}</span>
                </button>
                <input
                  id={id}
                  className="field__input stepper__input"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={perOption}
                  step={1}
                  value={draft.points[option.id] ?? ''}
                  placeholder="0"
                  aria-invalid={invalid || undefined}
                  aria-describedby={`${idPrefix}-rules`}
                  onChange={(event) => set(option.id, event.target.value)}
                />
                <button
                  type="button"
                  className="button button--small stepper__button"
                  onClick={() => step(option.id, 1)}
                >
                  <span aria-hidden="true">+</span>
                  <span className="visually-hidden">{t('ballots.vote.morePoints', { label: option.label })}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

type RankAction = 'up' | 'down' | 'remove' | 'add';

function RankedControl({ idPrefix, legend, rules, options, draft, onChange }: ControlProps) {
  const { t } = useTranslation();
  const limit = choicesLimit(rules, options.length);
  const labelOf = new Map(options.map((o) => [o.id, o.label]));
  const ranked = draft.ranking.filter((id) => labelOf.has(id));
  const unranked = options.filter((o) => !ranked.includes(o.id));
  const [announcement, setAnnouncement] = useState('');
  // Moving an item re-orders the list: focus follows the item, so arrowing through a ranking keeps its place.
  const focusTarget = useRef<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  // After the render that moved the item: its button is in its new place now.
  useEffect(() => {
    if (!focusTarget.current) return;
    buttons.current.get(focusTarget.current)?.focus();
    focusTarget.current = null;
  });
  const ref = (key: string) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  const apply = (id: string, action: RankAction) => {
    const label = labelOf.get(id) ?? '';
    const next = [...ranked];
    const index = next.indexOf(id);
    let focus: string;
    if (action === 'add') {
      next.push(id);
      setAnnouncement(t('ballots.vote.added', { label, rank: next.length }));
      focus = `${id}:remove`;
    } else if (action === 'remove') {
      next.splice(index, 1);
      setAnnouncement(t('ballots.vote.removed', { label }));
      focus = `${id}:add`;
    } else {
      const target = action === 'up' ? index - 1 : index + 1;
      if (target < 0 || target >= next.length) return;
      [next[index], next[target]] = [next[target], next[index]];
      setAnnouncement(t('ballots.vote.moved', { label, rank: target + 1 }));
      // At an end the button just used disappears from use: the other direction stays reachable.
      const edge = action === 'up' ? target === 0 : target === next.length - 1;
      focus = `${id}:${edge ? (action === 'up' ? 'down' : 'up') : action}`;
    }
    onChange({ ...draft, ranking: next });
    focusTarget.current = focus;
  };

  return (
    <fieldset className="ballot-choices" aria-describedby={`${idPrefix}-rules`}>
      <legend className="ballot-choices__legend">{legend}</legend>
      <p className="field__hint" id={`${idPrefix}-rules`}>
        {t('ballots.rules.ranked', { count: limit })}
      </p>
      <p className="ballot-ranking__heading" id={`${idPrefix}-ranking`}>
        {t('ballots.vote.ranking')}
      </p>
      {ranked.length === 0 ? (
        <p className="muted">{t('ballots.vote.rankingEmpty')}</p>
      ) : (
        <ol className="ballot-ranking" aria-labelledby={`${idPrefix}-ranking`} data-testid="ranking">
          {ranked.map((id, index) => {
            const label = labelOf.get(id) ?? '';
            return (
              <li key={id} className="ballot-ranking__item">
                <span className="ballot-ranking__rank">{t('ballots.vote.rank', { rank: index + 1 })}</span>
                <span className="ballot-ranking__label">{label}</span>
                <span className="ballot-ranking__actions">
                  {index > 0 && (
                    <button
                      type="button"
                      className="button button--small"
                      ref={ref(`${id}:up`)}
                      onClick={() => apply(id, 'up')}
                    >
                      <span aria-hidden="true">↑</span>
                      <span className="visually-hidden">{t('ballots.vote.moveUp', { label })}</span>
                    </button>
                  )}
                  {index < ranked.length - 1 && (
                    <button
                      type="button"
                      className="button button--small"
                      ref={ref(`${id}:down`)}
                      onClick={() => apply(id, 'down')}
                    >
                      <span aria-hidden="true">↓</span>
                      <span className="visually-hidden">{t('ballots.vote.moveDown', { label })}</span>
                    </button>
                  )}
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    ref={ref(`${id}:remove`)}
                    onClick={() => apply(id, 'remove')}
                  >
                    {t('ballots.vote.removeFromRanking', { label })}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {unranked.length > 0 && (
        <>
          <p className="ballot-ranking__heading" id={`${idPrefix}-unranked`}>
            {t('ballots.vote.unranked')}
          </p>
          <ul className="ballot-ranking ballot-ranking--unranked" aria-labelledby={`${idPrefix}-unranked`}>
            {unranked.map((option) => (
              <li key={option.id} className="ballot-ranking__item">
                <span className="ballot-ranking__label">{option.label}</span>
                <span className="ballot-ranking__actions">
                  <button
                    type="button"
                    className="button button--small"
                    ref={ref(`${option.id}:add`)}
                    onClick={() => apply(option.id, 'add')}
                  >
                    {t('ballots.vote.addToRanking', { label: option.label })}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      <p className="ballot-choices__status" data-testid="choices-status">
        {t('ballots.vote.chosen', { count: ranked.length, max: limit })}
      </p>
    </fieldset>
  );
}

/** The controls of one ballot for its method: ticks, points with steppers, or a ranking moved with buttons. */
export function BallotChoices(props: ControlProps) {
  switch (props.rules.method) {
    case BallotMethod.APPROVAL:
      return <ApprovalControl {...props} />;
    case BallotMethod.POINTS:
      return <PointsControl {...props} />;
    case BallotMethod.RANKED:
      return <RankedControl {...props} />;
  }
}
