import { InMemoryCache, type Reference } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import { ThreadPostsDocument, type ForumPostFieldsFragment, type PostOrder } from '../../gql/graphql';
import type { LivePost } from '@ratusz/shared';
import { appendPosts, insertPosts, livePostToFragment, mergeThreadPostsPage, threadPostsPolicy } from './cache';

const post = (id: string, threadId: string, number: number): ForumPostFieldsFragment => ({
  __typename: 'ForumPost',
  id,
  threadId,
  parentId: null,
  number,
  depth: 0,
  path: String(number),
  bodyHtml: `<p>${id}</p>`,
  hiddenReason: null,
  awaitingModeration: false,
  bodySource: id,
  quotedPostId: null,
  deleted: false,
  stance: null,
  score: 0,
  reactedByMe: false,
  viewerCanSanction: false,
  replyCount: 0,
  createdAt: '2026-01-01T00:00:00.000Z',
  editedAt: null,
  author: null,
  organisation: null,
});

const ref = (id: string): Reference => ({ __ref: `ForumPost:${id}` });

function newCache(): InMemoryCache {
  return new InMemoryCache({ typePolicies: { Query: { fields: { threadPosts: threadPostsPolicy() } } } });
}

function writeList(
  cache: InMemoryCache,
  variables: { threadId: string; order: PostOrder; rootPostId?: string | null; after?: string | null },
  posts: ForumPostFieldsFragment[],
  hasNextPage = false,
): void {
  cache.writeQuery({
    query: ThreadPostsDocument,
    variables,
    data: {
      threadPosts: {
        __typename: 'ForumPostConnection',
        nodes: posts,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor' : null },
      },
    },
  });
}

function listedIds(
  cache: InMemoryCache,
  variables: { threadId: string; order: PostOrder; rootPostId?: string | null },
) {
  const data = cache.readQuery({ query: ThreadPostsDocument, variables });
  return data?.threadPosts.nodes.map((node) => node.id) ?? null;
}

describe('appendPosts', () => {
  it('appends only posts not yet listed, and says when none is new', () => {
    const list = { nodes: [ref('a'), ref('b')], pageInfo: null };
    expect(appendPosts(list, [ref('b'), ref('c')])?.nodes).toEqual([ref('a'), ref('b'), ref('c')]);
    expect(appendPosts(list, [ref('a')])).toBeNull();
  });
});

describe('mergeThreadPostsPage', () => {
  const first = { nodes: [ref('a'), ref('b')], pageInfo: { hasNextPage: true } };

  it('replaces the list with a first page', () => {
    const again = { nodes: [ref('c')], pageInfo: { hasNextPage: false } };
    expect(mergeThreadPostsPage(first, again, undefined)).toBe(again);
    expect(mergeThreadPostsPage(undefined, again, 'cursor')).toBe(again);
  });

  it('extends it with a later page, skipping posts that arrived live before the page', () => {
    const next = { nodes: [ref('b'), ref('c')], pageInfo: { hasNextPage: false } };
    expect(mergeThreadPostsPage(first, next, 'cursor')).toEqual({
      nodes: [ref('a'), ref('b'), ref('c')],
      pageInfo: { hasNextPage: false },
    });
  });
});

describe('insertPosts', () => {
  it("appends to every loaded list of the post's thread and to no other thread's", () => {
    const cache = newCache();
    writeList(cache, { threadId: 't1', order: 'OLDEST' }, [post('p1', 't1', 1)]);
    writeList(cache, { threadId: 't1', order: 'BEST', rootPostId: 'p1' }, [post('p1', 't1', 1)]);
    // An id the first one is a prefix of: matching store keys by text would be fooled by it.
    writeList(cache, { threadId: 't10', order: 'OLDEST' }, [post('q1', 't10', 1)]);

    insertPosts(cache, 't1', [post('p2', 't1', 2)]);

    expect(listedIds(cache, { threadId: 't1', order: 'OLDEST' })).toEqual(['p1', 'p2']);
    expect(listedIds(cache, { threadId: 't1', order: 'BEST', rootPostId: 'p1' })).toEqual(['p1', 'p2']);
    expect(listedIds(cache, { threadId: 't10', order: 'OLDEST' })).toEqual(['q1']);
  });

  it('adds a post once, even when it is inserted again (reply answer, then its live event)', () => {
    const cache = newCache();
    writeList(cache, { threadId: 't1', order: 'OLDEST' }, [post('p1', 't1', 1)]);
    insertPosts(cache, 't1', [post('p2', 't1', 2)]);
    insertPosts(cache, 't1', [post('p2', 't1', 2)]);
    expect(listedIds(cache, { threadId: 't1', order: 'OLDEST' })).toEqual(['p1', 'p2']);
  });

  it('keeps a live post when the next page repeats it', () => {
    const cache = newCache();
    writeList(cache, { threadId: 't1', order: 'OLDEST' }, [post('p1', 't1', 1)], true);
    insertPosts(cache, 't1', [post('p3', 't1', 3)]);
    writeList(cache, { threadId: 't1', order: 'OLDEST', after: 'cursor' }, [post('p2', 't1', 2), post('p3', 't1', 3)]);
    expect(listedIds(cache, { threadId: 't1', order: 'OLDEST' })).toEqual(['p1', 'p3', 'p2']);
  });

  it('writes the post even when no list of its thread is loaded', () => {
    const cache = newCache();
    insertPosts(cache, 't1', [post('p1', 't1', 1)]);
    expect(cache.extract()['ForumPost:p1']).toMatchObject({ id: 'p1', threadId: 't1' });
  });
});

describe('livePostToFragment', () => {
  const live = (organisation: LivePost['organisation']): LivePost => ({
    id: 'p1',
    threadId: 't1',
    parentId: null,
    number: 2,
    depth: 1,
    path: '1.2',
    authorId: null,
    bodyHtml: '<p>Zapraszamy</p>',
    bodySource: 'Zapraszamy',
    hiddenReason: null,
    quotedPostId: null,
    deleted: false,
    stance: null,
    score: 0,
    replyCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    editedAt: null,
    organisation,
  });

  it('carries the organisation a post was written for, so the label is "Name (Organisation)" at once', () => {
    const badge = { id: 'o1', name: 'Stowarzyszenie', verified: true };
    expect(livePostToFragment(newCache(), live(badge)).organisation).toEqual({ __typename: 'Organisation', ...badge });
  });

  it('keeps what the cache knows when an event has no organisation, and null for a post of nobody’s', () => {
    const cache = newCache();
    expect(livePostToFragment(cache, live(null)).organisation).toBeNull();
    const organisation = { __typename: 'Organisation' as const, id: 'o1', name: 'Stowarzyszenie', verified: false };
    insertPosts(cache, 't1', [{ ...post('p1', 't1', 2), organisation }]);
    expect(livePostToFragment(cache, live(null)).organisation).toEqual(organisation);
  });
});
