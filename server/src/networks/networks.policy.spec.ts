import { Role, type MunicipalRole } from '@ratusz/shared';
import { ANONYMOUS_VIEWER, type Viewer } from '../common/policy/viewer.js';
import { canViewComparison } from '../indicators/indicators.policy.js';
import { canManageNetworkDocuments, canReadNetworkDocuments, canSeeNetworkContent } from './networks.policy.js';

const MEMBER = 'a0000000-0000-4000-8000-000000000001';
const OUTSIDER = 'a0000000-0000-4000-8000-000000000002';
const NETWORK = 'b0000000-0000-4000-8000-000000000001';

function viewer(
  options: { roles?: Record<string, MunicipalRole[]>; coordinates?: string[]; isAdmin?: boolean } = {},
): Viewer {
  return {
    userId: 'u0000000-0000-4000-8000-000000000001',
    isAdmin: options.isAdmin ?? false,
    municipalRoles: new Map(Object.entries(options.roles ?? {}).map(([id, held]) => [id, new Set(held)])),
    coordinatedNetworks: new Set(options.coordinates ?? []),
  };
}

const internal = { id: NETWORK, indicatorsPublic: false, memberIds: [MEMBER] };
const published = { ...internal, indicatorsPublic: true };

describe('networks policy: what a network shares', () => {
  const coordinator = viewer({ coordinates: [NETWORK] });
  const admin = viewer({ isAdmin: true });
  const memberOfficial = viewer({ roles: { [MEMBER]: [Role.OFFICIAL] } });
  const memberModerator = viewer({ roles: { [MEMBER]: [Role.MODERATOR] } });
  const outsideOfficial = viewer({ roles: { [OUTSIDER]: [Role.OFFICIAL] } });
  const resident = viewer();

  it('shows a published network’s content to everyone', () => {
    for (const who of [ANONYMOUS_VIEWER, resident, outsideOfficial, memberOfficial, coordinator]) {
      expect(canSeeNetworkContent(who, published)).toBe(true);
    }
  });

  it('keeps an internal network’s content to its coordinators and its members’ officials and moderators', () => {
    for (const who of [coordinator, admin, memberOfficial, memberModerator]) {
      expect(canSeeNetworkContent(who, internal)).toBe(true);
    }
    for (const who of [ANONYMOUS_VIEWER, resident, outsideOfficial, viewer({ coordinates: ['other'] })]) {
      expect(canSeeNetworkContent(who, internal)).toBe(false);
    }
  });

  it('applies the one rule to documents and to the indicator comparison alike', () => {
    for (const who of [ANONYMOUS_VIEWER, resident, outsideOfficial, memberOfficial, coordinator]) {
      for (const network of [internal, published]) {
        expect(canReadNetworkDocuments(who, network)).toBe(canSeeNetworkContent(who, network));
        expect(canViewComparison(who, network)).toBe(canSeeNetworkContent(who, network));
      }
    }
  });

  it('lets only coordinators and administrators manage documents', () => {
    expect(canManageNetworkDocuments(coordinator, internal)).toBe(true);
    expect(canManageNetworkDocuments(admin, internal)).toBe(true);
    for (const who of [
      ANONYMOUS_VIEWER,
      resident,
      memberOfficial,
      memberModerator,
      viewer({ coordinates: ['other'] }),
    ]) {
      expect(canManageNetworkDocuments(who, internal)).toBe(false);
    }
  });
});
