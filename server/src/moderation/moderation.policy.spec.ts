import { ModeratorRole, Role, type MunicipalRole } from '@ratusz/shared';
import { ANONYMOUS_VIEWER, type Viewer } from '../common/policy/viewer.js';
import {
  actorRoleOf,
  canConfigureModeration,
  canFlag,
  canModerateIn,
  canSanction,
  canSeeHiddenContent,
  isWithheldFrom,
  readableRevisions,
} from './moderation.policy.js';

const HERE = 'municipality-here';
const THERE = 'municipality-there';

function viewer(roles: MunicipalRole[] = [], isAdmin = false): Viewer {
  return {
    userId: 'viewer',
    isAdmin,
    municipalRoles: new Map(roles.length ? [[HERE, new Set(roles)]] : []),
    coordinatedNetworks: new Set(),
  } as Viewer;
}

describe('moderation policy', () => {
  it('lets moderators and officials moderate their own municipalities only, administrators everywhere', () => {
    expect(canModerateIn(viewer([Role.MODERATOR]), HERE)).toBe(true);
    expect(canModerateIn(viewer([Role.OFFICIAL]), HERE)).toBe(true);
    expect(canModerateIn(viewer([Role.MODERATOR]), THERE)).toBe(false);
    expect(canModerateIn(viewer(), HERE)).toBe(false);
    expect(canModerateIn(ANONYMOUS_VIEWER, HERE)).toBe(false);
    expect(canModerateIn(viewer([], true), THERE)).toBe(true);
    // Global and network content: administrators alone.
    expect(canModerateIn(viewer([Role.MODERATOR]), null)).toBe(false);
    expect(canModerateIn(viewer([], true), null)).toBe(true);
  });

  it('refuses flagging one’s own content and anonymous flags', () => {
    expect(canFlag(viewer(), { authorId: 'someone' })).toBe(true);
    expect(canFlag(viewer(), { authorId: 'viewer' })).toBe(false);
    expect(canFlag(ANONYMOUS_VIEWER, { authorId: 'someone' })).toBe(false);
    expect(canFlag(viewer(), { authorId: null })).toBe(true);
  });

  it('never sanctions an administrator, and leaves the settings to officials', () => {
    expect(canSanction(viewer([Role.MODERATOR]), HERE, { isAdmin: false })).toBe(true);
    expect(canSanction(viewer([Role.MODERATOR]), HERE, { isAdmin: true })).toBe(false);
    expect(canSanction(viewer([], true), HERE, { isAdmin: true })).toBe(false);
    expect(canConfigureModeration(viewer([Role.OFFICIAL]), HERE)).toBe(true);
    expect(canConfigureModeration(viewer([Role.MODERATOR]), HERE)).toBe(false);
  });

  it('shows hidden or held content to its author and to those who moderate it only', () => {
    const item = { authorId: 'viewer', municipalityId: HERE };
    const others = { authorId: 'someone', municipalityId: HERE };
    expect(canSeeHiddenContent(viewer(), item)).toBe(true);
    expect(canSeeHiddenContent(viewer(), others)).toBe(false);
    expect(canSeeHiddenContent(ANONYMOUS_VIEWER, { authorId: null, municipalityId: HERE })).toBe(false);
    expect(canSeeHiddenContent(viewer([Role.MODERATOR]), others)).toBe(true);
    expect(canSeeHiddenContent(viewer([Role.OFFICIAL]), others)).toBe(true);
    expect(canSeeHiddenContent(viewer([Role.MODERATOR]), { ...others, municipalityId: THERE })).toBe(false);
    expect(canSeeHiddenContent(viewer([], true), { ...others, municipalityId: null })).toBe(true);
  });

  it('names the actor by role for the public log', () => {
    expect(actorRoleOf(viewer([], true), HERE)).toBe(ModeratorRole.ADMIN);
    expect(actorRoleOf(viewer([Role.OFFICIAL, Role.MODERATOR]), HERE)).toBe(ModeratorRole.OFFICIAL);
    expect(actorRoleOf(viewer([Role.MODERATOR]), HERE)).toBe(ModeratorRole.MODERATOR);
  });

  it('withholds a hidden item’s title from all but its author, moderators and officials', () => {
    const hidden = { hiddenReason: 'Dane', authorId: 'author', municipalityId: HERE };
    expect(isWithheldFrom(ANONYMOUS_VIEWER, hidden)).toBe(true);
    expect(isWithheldFrom(viewer(), hidden)).toBe(true);
    expect(isWithheldFrom(viewer([Role.MODERATOR]), hidden)).toBe(false);
    expect(isWithheldFrom(viewer(), { ...hidden, authorId: 'viewer' })).toBe(false);
    expect(isWithheldFrom(ANONYMOUS_VIEWER, { ...hidden, hiddenReason: null })).toBe(false);
  });

  it('shows others an edit history from the latest moderator’s correction on', () => {
    const item = { authorId: 'author', municipalityId: HERE };
    const newestFirst = [{ editorId: 'author' }, { editorId: 'moderator' }, { editorId: 'author' }];
    expect(readableRevisions(ANONYMOUS_VIEWER, item, newestFirst)).toEqual([{ editorId: 'author' }]);
    expect(readableRevisions(viewer([Role.OFFICIAL]), item, newestFirst)).toEqual(newestFirst);
    expect(readableRevisions(viewer(), item, [{ editorId: 'author' }])).toEqual([{ editorId: 'author' }]);
  });
});
