import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { SessionRevokedPayload } from '@ratusz/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AuthState } from '../../common/request-context.js';
import { requireUser, type Viewer } from '../../common/policy/viewer.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import { canEndSession } from '../accounts.policy.js';
import { SessionRepository, type SessionRow } from '../repositories/session.repository.js';
import { AuditEventKind } from '../../audit/models/audit-event-kind.js';
import { AuditService } from '../../audit/services/audit.service.js';

/** Writing last_seen_at on every request would turn reads into writes; once a few minutes is enough. */
const TOUCH_INTERVAL_SECONDS = 300;

/** The cookie holds a random token; only its SHA-256 is stored, so a leaked table logs nobody in. */
function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

@Injectable()
export class SessionService {
  constructor(
    private readonly sessions: SessionRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  private get ttlSeconds(): number {
    return this.config.sessionTtlDays * 24 * 3600;
  }

  async create(
    userId: string,
    meta: { userAgent?: string | null; ip?: string | null },
  ): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const sessionId = await this.sessions.insert({
      userId,
      tokenHash: hashToken(token),
      ttlSeconds: this.ttlSeconds,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      ip: meta.ip ?? null,
    });
    return { token, sessionId };
  }

  /**
   * The session behind a cookie token, or null when it is unknown, expired or
   * revoked. The session's end comes along, so a long-lived socket can log
   * itself out when it passes.
   */
  async authenticate(token: string | undefined): Promise<(AuthState & { expiresAt: Date }) | null> {
    if (!token || token.length > 100) return null;
    const session = await this.sessions.findActiveByTokenHash(hashToken(token), TOUCH_INTERVAL_SECONDS);
    if (!session) return null;
    if (session.stale) await this.sessions.touch(session.sessionId);
    return {
      sessionId: session.sessionId,
      userId: session.userId,
      isAdmin: session.isAdmin,
      expiresAt: session.expiresAt,
    };
  }

  listActive(userId: string, limit: number): Promise<SessionRow[]> {
    return this.sessions.listActive(userId, limit);
  }

  /**
   * Ends one of the viewer's own sessions; false when there was none to end.
   * Somebody else's session answers false too, so ids of others' sessions
   * cannot be probed.
   */
  async revoke(viewer: Viewer, sessionId: string, reason: SessionRevokedPayload['reason']): Promise<boolean> {
    requireUser(viewer);
    const session = await this.sessions.findUnrevoked(sessionId);
    if (!session || !canEndSession(viewer, session)) return false;
    const revoked = await this.sessions.revoke(session.id);
    // An ordinary logout is routine; ending a session from elsewhere (a lost phone) is what the log is for.
    if (reason !== 'LOGOUT' && revoked.length > 0) {
      await this.audit.record({
        kind: AuditEventKind.SESSION_REVOKED,
        actorId: viewer.userId,
        target: { type: 'SESSION', id: session.id },
      });
    }
    await this.realtime.endSessions(revoked, reason);
    return revoked.length > 0;
  }

  /** Ends every session of the viewer; how many ended. */
  async revokeAll(viewer: Viewer): Promise<number> {
    requireUser(viewer);
    const revoked = await this.sessions.revokeAllOf(viewer.userId);
    await this.audit.record({
      kind: AuditEventKind.LOGOUT_EVERYWHERE,
      actorId: viewer.userId,
      target: { type: 'USER', id: viewer.userId },
      details: { sessionsEnded: revoked.length },
    });
    await this.realtime.endSessions(revoked, 'LOGOUT_EVERYWHERE');
    return revoked.length;
  }
}
