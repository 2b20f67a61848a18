import { EventLogHousekeepingService } from '../src/realtime/event-log/event-log-housekeeping.service.js';
import { EVENT_LOGS } from '../src/realtime/event-log/event-logs.js';
import { createMunicipality, registerUser } from './support/factories.js';
import { insertConsultation } from './support/meeting-factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Every stream's replay log (threads, consultations, problem trees) is pruned
 * of events older than a week; recent ones stay for clients catching up.
 */
describe('event log housekeeping', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('prunes old events of every kind of stream and keeps the recent ones', async () => {
    const municipality = await createMunicipality(t.db, { name: 'Gmina Sprzątana' });
    const author = await registerUser(t.client());
    const consultationId = await insertConsultation(t.db, { municipalityId: municipality.id, organiserId: author.id });
    const [tree]: { id: string }[] = await t.db.query(
      `INSERT INTO problem_trees (municipality_id, title, join_code) VALUES ($1, 'Drzewo', 'HKP2Q7') RETURNING id`,
      [municipality.id],
    );
    const [category]: { id: string }[] = await t.db.query(
      `INSERT INTO forum_categories (slug, name) VALUES ('sprzatanie', 'Sprzątanie') RETURNING id`,
    );
    const [thread]: { id: string }[] = await t.db.query(
      `INSERT INTO forum_threads (category_id, author_id, title) VALUES ($1, $2, 'Wątek') RETURNING id`,
      [category.id, author.id],
    );
    const streams: Record<keyof typeof EVENT_LOGS, string> = {
      thread: thread.id,
      consultation: consultationId,
      problemTree: tree.id,
    };
    for (const [name, log] of Object.entries(EVENT_LOGS)) {
      const streamId = streams[name as keyof typeof EVENT_LOGS];
      await t.db.query(
        `INSERT INTO ${log.events} (${log.streamColumn}, seq, kind, payload, created_at)
         VALUES ($1, 1, 'old', '{}', now() - interval '8 days'), ($1, 2, 'recent', '{}', now() - interval '6 days')`,
        [streamId],
      );
    }

    await t.app.get(EventLogHousekeepingService).run();

    for (const [name, log] of Object.entries(EVENT_LOGS)) {
      const left: { kind: string }[] = await t.db.query(
        `SELECT kind FROM ${log.events} WHERE ${log.streamColumn} = $1 ORDER BY seq`,
        [streams[name as keyof typeof EVENT_LOGS]],
      );
      expect({ name, kinds: left.map((e) => e.kind) }).toEqual({ name, kinds: ['recent'] });
    }
  });
});
