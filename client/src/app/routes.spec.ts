import { describe, expect, it } from '@jest/globals';
import { routeParams, routePatterns, routes } from './routes';

/** Whether `path` (without its query) is matched by `pattern`, the way the router reads `:name` segments. */
function matches(pattern: string, path: string): boolean {
  const [pathname] = path.split('?');
  const want = pattern.split('/');
  const got = pathname.split('/');
  return want.length === got.length && want.every((part, i) => part.startsWith(':') || part === got[i]);
}

describe('routes', () => {
  it('builds the fixed pages at the paths App matches', () => {
    expect(routes.home()).toBe('/');
    expect(routes.login()).toBe('/logowanie');
    expect(routes.register()).toBe('/rejestracja');
    expect(routes.profile()).toBe('/profil');
    expect(routes.admin()).toBe('/admin');
    expect(routes.forum()).toBe('/forum');
    expect(routes.forumSearch()).toBe('/forum/szukaj');
  });

  it('builds forum pages from ids, each matched by its own pattern', () => {
    expect(routes.thread('t1')).toBe('/forum/watek/t1');
    expect(routes.category('c1')).toBe('/forum/c1');
    expect(routes.municipalityForum('m1')).toBe('/forum/gmina/m1');
    expect(routes.networkForum('n1')).toBe('/forum/siec/n1');
    expect(matches(routePatterns.thread, routes.thread('t1'))).toBe(true);
    expect(matches(routePatterns.category, routes.category('c1'))).toBe(true);
    expect(matches(routePatterns.municipalityForum, routes.municipalityForum('m1'))).toBe(true);
    expect(matches(routePatterns.networkForum, routes.networkForum('n1'))).toBe(true);
  });

  it('opens a thread from a post with the parameter the thread page reads', () => {
    expect(routes.thread('t1', { from: 'p9' })).toBe(`/forum/watek/t1?${routeParams.threadFrom}=p9`);
    expect(routes.thread('t1', { from: null })).toBe('/forum/watek/t1');
    const query = new URLSearchParams(routes.thread('t1', { from: 'p9' }).split('?')[1]);
    expect(query.get(routeParams.threadFrom)).toBe('p9');
  });

  it('carries a search text that needs escaping', () => {
    const path = routes.forumSearch('droga & most?');
    expect(new URLSearchParams(path.split('?')[1]).get(routeParams.searchQuery)).toBe('droga & most?');
    expect(routes.forumSearch('')).toBe('/forum/szukaj');
  });

  it('keeps an id in one segment, whatever it contains', () => {
    expect(routes.thread('a/b?c')).toBe('/forum/watek/a%2Fb%3Fc');
  });
});
