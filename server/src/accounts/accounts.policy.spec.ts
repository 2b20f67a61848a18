import { Role, type MunicipalRole } from '@ratusz/shared';
import { ANONYMOUS_VIEWER, type Viewer } from '../common/policy/viewer.js';
import { canAdministerAccounts, canEndSession } from './accounts.policy.js';

const viewer = (userId: string, isAdmin = false, roles: [string, MunicipalRole][] = []): Viewer => ({
  userId,
  isAdmin,
  municipalRoles: new Map(roles.map(([municipalityId, role]) => [municipalityId, new Set([role])])),
});

describe('accounts policy', () => {
  it('lets only administrators administer accounts, not municipal officials', () => {
    expect(canAdministerAccounts(viewer('a', true))).toBe(true);
    expect(canAdministerAccounts(viewer('o', false, [['m', Role.OFFICIAL]]))).toBe(false);
    expect(canAdministerAccounts(ANONYMOUS_VIEWER)).toBe(false);
  });

  it('lets a session be ended only by its owner, whatever else the viewer is', () => {
    expect(canEndSession(viewer('u'), { userId: 'u' })).toBe(true);
    expect(canEndSession(viewer('admin', true), { userId: 'u' })).toBe(false);
    expect(canEndSession(ANONYMOUS_VIEWER, { userId: 'u' })).toBe(false);
  });
});
