import { Role, type MunicipalRole } from '@ratusz/shared';
import { ANONYMOUS_VIEWER, type Viewer } from '../common/policy/viewer.js';
import { canManageMeeting, canRegisterForMeeting, canSeeAttendees, canViewMeeting } from './meetings.policy.js';

const HERE = 'a0000000-0000-4000-8000-000000000001';
const ELSEWHERE = 'a0000000-0000-4000-8000-000000000002';

function viewer(roles: Record<string, MunicipalRole[]> = {}, isAdmin = false): Viewer {
  return {
    userId: 'u0000000-0000-4000-8000-000000000001',
    isAdmin,
    municipalRoles: new Map(Object.entries(roles).map(([id, held]) => [id, new Set(held)])),
  };
}

const municipal = { municipalityId: HERE, consultationId: null, consultationStatus: null };
const draft = { municipalityId: HERE, consultationId: 'c1', consultationStatus: 'DRAFT' as const };
const published = { ...draft, consultationStatus: 'PUBLISHED' as const };

describe('meetings policy', () => {
  it('lets officials of the municipality and administrators manage, nobody else', () => {
    for (const scope of [municipal, draft, published]) {
      expect(canManageMeeting(viewer({ [HERE]: [Role.OFFICIAL] }), scope)).toBe(true);
      expect(canManageMeeting(viewer({}, true), scope)).toBe(true);
      expect(canManageMeeting(viewer({ [HERE]: [Role.MODERATOR] }), scope)).toBe(false);
      expect(canManageMeeting(viewer({ [ELSEWHERE]: [Role.OFFICIAL] }), scope)).toBe(false);
      expect(canManageMeeting(viewer(), scope)).toBe(false);
      expect(canManageMeeting(ANONYMOUS_VIEWER, scope)).toBe(false);
      expect(canSeeAttendees(viewer(), scope)).toBe(false);
    }
  });

  it("hides a draft consultation's meetings from everyone but its managers", () => {
    expect(canViewMeeting(ANONYMOUS_VIEWER, municipal)).toBe(true);
    expect(canViewMeeting(ANONYMOUS_VIEWER, published)).toBe(true);
    expect(canViewMeeting(ANONYMOUS_VIEWER, draft)).toBe(false);
    expect(canViewMeeting(viewer(), draft)).toBe(false);
    expect(canViewMeeting(viewer({ [HERE]: [Role.OFFICIAL] }), draft)).toBe(true);
  });

  it('lets logged-in people register for meetings they can see', () => {
    expect(canRegisterForMeeting(ANONYMOUS_VIEWER, municipal)).toBe(false);
    expect(canRegisterForMeeting(viewer(), municipal)).toBe(true);
    expect(canRegisterForMeeting(viewer(), draft)).toBe(false);
  });
});
