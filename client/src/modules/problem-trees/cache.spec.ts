import { InMemoryCache } from '@apollo/client';
import { describe, expect, it } from '@jest/globals';
import type { LiveProblemTreeNode } from '@ratusz/shared';
import { ProblemTreeNodeFieldsFragmentDoc, type ProblemTreeNodeFieldsFragment } from '../../gql/graphql';
import { hideNode, writeLiveNode } from './cache';
import { withShownText } from './model';

const live = (text: string | null, version: number): LiveProblemTreeNode => ({
  id: 'n1',
  treeId: 't1',
  kind: 'CAUSE',
  parentId: 'core',
  position: 0,
  text,
  descriptionSource: null,
  descriptionHtml: null,
  status: 'ACCEPTED',
  rejectionReason: null,
  version,
  authorId: null,
  supportCount: 0,
  discussionThreadId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

function cachedText(cache: InMemoryCache): string | null | undefined {
  return cache.readFragment<ProblemTreeNodeFieldsFragment>({
    fragment: ProblemTreeNodeFieldsFragmentDoc,
    fragmentName: 'ProblemTreeNodeFields',
    id: cache.identify({ __typename: 'ProblemTreeNode', id: 'n1' }),
  })?.text;
}

describe('problem tree cache', () => {
  it('takes a moderator’s corrected text from the live node, a new version', () => {
    const cache = new InMemoryCache();
    writeLiveNode(cache, live('Pan Tajny hałasuje', 1));
    writeLiveNode(cache, live('Sąsiad hałasuje', 2));
    expect(cachedText(cache)).toBe('Sąsiad hałasuje');
  });

  it('keeps the text it read when a live event withholds a hidden node’s text', () => {
    const cache = new InMemoryCache();
    writeLiveNode(cache, live('Tekst autora', 1));
    writeLiveNode(cache, { ...live(null, 1), supportCount: 3 });
    expect(cachedText(cache)).toBe('Tekst autora');
  });

  it('drops a node’s text the moment a moderator hides it', () => {
    const cache = new InMemoryCache();
    writeLiveNode(cache, live('Pan Tajny hałasuje', 1));
    hideNode(cache, 'n1', 'Dane osobowe');
    expect(cachedText(cache)).toBeNull();
  });

  it('draws a withheld text as why the node was hidden', () => {
    const nodes = [
      {
        id: 'a',
        kind: 'CAUSE' as const,
        position: 0,
        text: null,
        status: 'ACCEPTED' as const,
        supportCount: 0,
        hiddenReason: 'Spam',
      },
      {
        id: 'b',
        kind: 'CAUSE' as const,
        position: 1,
        text: 'Widoczny',
        status: 'ACCEPTED' as const,
        supportCount: 0,
        hiddenReason: null,
      },
    ];
    const shown = withShownText(nodes, (reason) => `Ukryte: ${reason}`);
    expect(shown.map((node) => node.text)).toEqual(['Ukryte: Spam', 'Widoczny']);
  });
});
