import { Role, type MunicipalRole } from '@ratusz/shared';
import { ANONYMOUS_VIEWER, type Viewer } from '../common/policy/viewer.js';
import {
  canDeletePost,
  canEditPost,
  canManageCategories,
  canModerateCategory,
  canReply,
  onlyAdminsManage,
} from './forum.policy.js';

const HERE = 'municipality-here';
const ELSEWHERE = 'municipality-elsewhere';
const NETWORK = 'network-1';

function viewer(userId: string, roles: Record<string, MunicipalRole[]> = {}, isAdmin = false): Viewer {
  return {
    userId,
    isAdmin,
    municipalRoles: new Map(Object.entries(roles).map(([id, held]) => [id, new Set(held)])),
  };
}

const viewers = {
  anonymous: ANONYMOUS_VIEWER,
  resident: viewer('resident'),
  official: viewer('official', { [HERE]: [Role.OFFICIAL] }),
  moderator: viewer('moderator', { [HERE]: [Role.MODERATOR] }),
  officialElsewhere: viewer('official-elsewhere', { [ELSEWHERE]: [Role.OFFICIAL] }),
  admin: viewer('admin', {}, true),
  coordinator: { ...viewer('coordinator'), coordinatedNetworks: new Set([NETWORK]) },
};
type Who = keyof typeof viewers;

const municipal = { municipalityId: HERE, networkId: null };
const global = { municipalityId: null, networkId: null };
const network = { municipalityId: null, networkId: NETWORK };

describe('forum policy', () => {
  it('keeps global categories to administrators; network ones go to their coordinators too', () => {
    expect(onlyAdminsManage(global)).toBe(true);
    expect(onlyAdminsManage(network)).toBe(false);
    expect(onlyAdminsManage(municipal)).toBe(false);
  });

  it.each<[Who, boolean, boolean, boolean]>([
    // who, municipal category, global category, network category
    ['anonymous', false, false, false],
    ['resident', false, false, false],
    ['official', true, false, false],
    ['moderator', false, false, false],
    ['officialElsewhere', false, false, false],
    ['admin', true, true, true],
    ['coordinator', false, false, true],
  ])('lets %s manage categories: municipal %s, global %s, network %s', (who, inMunicipality, inGlobal, inNetwork) => {
    expect(canManageCategories(viewers[who], municipal)).toBe(inMunicipality);
    expect(canManageCategories(viewers[who], global)).toBe(inGlobal);
    expect(canManageCategories(viewers[who], network)).toBe(inNetwork);
  });

  it.each<[Who, boolean, boolean]>([
    // who, municipal category, global category
    ['anonymous', false, false],
    ['resident', false, false],
    ['official', true, false],
    ['moderator', true, false],
    ['officialElsewhere', false, false],
    ['admin', true, true],
    ['coordinator', false, false],
  ])('lets %s moderate threads: municipal %s, global %s', (who, inMunicipality, inGlobal) => {
    expect(canModerateCategory(viewers[who], municipal)).toBe(inMunicipality);
    expect(canModerateCategory(viewers[who], global)).toBe(inGlobal);
  });

  it('leaves a post to its author, administrators included', () => {
    const post = { authorId: 'resident' };
    expect(canEditPost(viewers.resident, post)).toBe(true);
    expect(canDeletePost(viewers.resident, post)).toBe(true);
    for (const who of ['anonymous', 'official', 'moderator', 'admin'] as const) {
      expect(canEditPost(viewers[who], post)).toBe(false);
      expect(canDeletePost(viewers[who], post)).toBe(false);
    }
    expect(canEditPost(viewers.anonymous, { authorId: null })).toBe(false);
  });

  it('closes a locked thread to replies from everyone', () => {
    for (const who of ['resident', 'official', 'moderator', 'admin'] as const) {
      expect(canReply(viewers[who], { locked: false })).toBe(true);
      expect(canReply(viewers[who], { locked: true })).toBe(false);
    }
    expect(canReply(viewers.anonymous, { locked: false })).toBe(false);
  });
});
