import type { EventLogTables } from './event-log.repository.js';

/**
 * Every live stream with a replayable log, in one list so that housekeeping
 * prunes them all: a new kind of stream added here is pruned too.
 */
export const EVENT_LOGS = {
  thread: { streams: 'forum_threads', events: 'forum_events', streamColumn: 'thread_id' },
  consultation: { streams: 'consultations', events: 'consultation_events', streamColumn: 'consultation_id' },
  problemTree: { streams: 'problem_trees', events: 'problem_tree_events', streamColumn: 'tree_id' },
} as const satisfies Record<string, EventLogTables>;

/**
 * Events are kept this long for clients catching up after a disconnect; a
 * client away longer meets a gap and reloads the page's data instead.
 */
export const EVENT_RETENTION_DAYS = 7;
