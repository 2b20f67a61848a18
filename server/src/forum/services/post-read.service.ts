import { Injectable } from '@nestjs/common';
import { FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, decodePositionCursor, toConnection } from '../../common/pagination/cursor.js';
import type { Viewer } from '../../common/policy/viewer.js';
import { canSeeHiddenContent, readableRevisions } from '../../moderation/moderation.policy.js';
import { MAX_REVISIONS } from '../forum.limits.js';
import { PostOrder, type ForumPost, type PostRevision } from '../models/forum.model.js';
import { PostRepository, type PostTreeRow } from '../repositories/post.repository.js';
import { ThreadService } from './thread.service.js';

export interface ThreadPageArgs {
  first: number;
  after?: string | null;
  order: PostOrder;
  rootPostId?: string | null;
}

/** Reading posts: pages of a thread in reading order, and a post's edit history. */
@Injectable()
export class PostReadService {
  constructor(
    private readonly posts: PostRepository,
    private readonly threads: ThreadService,
  ) {}

  /**
   * A page of a thread in reading order (depth-first). OLDEST is a range scan
   * on the path index; BEST orders siblings by score, which no stored path
   * can, so the thread's skeleton (ids, parents, scores) is ordered in memory
   * and only the page's posts are loaded in full.
   */
  async page(
    threadId: string,
    args: ThreadPageArgs,
    viewerId: string | null = null,
  ): Promise<ConnectionShape<ForumPost>> {
    let rootPath = '';
    if (args.rootPostId) {
      const path = await this.posts.pathIn(threadId, args.rootPostId);
      if (path === null) throw DomainError.badInput([{ field: 'rootPostId', code: FieldErrorCode.NOT_FOUND }]);
      rootPath = path;
    }
    const page =
      args.order === PostOrder.BEST
        ? await this.bestPage(threadId, rootPath, args.first, args.after, viewerId)
        : await this.oldestPage(threadId, rootPath, args.first, args.after, viewerId);
    // Every thread has its first post, so only an empty page can mean an unknown thread: checked then, not per page.
    if (page.nodes.length === 0) await this.threads.get(threadId);
    return page;
  }

  /**
   * Earlier versions of an edited post, newest first; none of a hidden or
   * held post, and none from before a moderator's correction, but to those
   * who read it still (the history holds its text).
   */
  async revisions(postId: string, viewer: Viewer): Promise<PostRevision[]> {
    const visibility = await this.posts.visibility(postId);
    if (!visibility || (visibility.withheld && !canSeeHiddenContent(viewer, visibility))) return [];
    return readableRevisions(viewer, visibility, await this.posts.revisions(postId, MAX_REVISIONS));
  }

  private async oldestPage(
    threadId: string,
    rootPath: string,
    first: number,
    after: string | null | undefined,
    viewerId: string | null,
  ) {
    const cursor = decodeCursor(after);
    const found = await this.posts.pageByPath(
      threadId,
      rootPath,
      first + 1,
      cursor ? String(cursor[0]) : null,
      viewerId,
    );
    return toConnection(found, first, (p) => [p.path, p.id]);
  }

  private async bestPage(
    threadId: string,
    rootPath: string,
    first: number,
    after: string | null | undefined,
    viewerId: string | null,
  ): Promise<ConnectionShape<ForumPost>> {
    const order = orderByScore(await this.posts.tree(threadId, rootPath, viewerId));
    const start = decodePositionCursor(after);
    const slice = order.slice(start, start + first + 1);
    const found = slice.length ? await this.posts.byIds(slice) : [];
    const positioned = found.flatMap((post, i) => (post ? [{ post, index: start + i }] : []));
    const page = toConnection(positioned, first, (p) => [p.index, p.post.id]);
    return { nodes: page.nodes.map((p) => p.post), pageInfo: page.pageInfo };
  }
}

/** Depth-first order where siblings go by score (highest first), ties by age. */
function orderByScore(tree: PostTreeRow[]): string[] {
  const children = new Map<string | null, PostTreeRow[]>();
  const ids = new Set(tree.map((r) => r.id));
  for (const row of tree) {
    // The root of a subtree has its parent outside the set.
    const parent = row.parentId && ids.has(row.parentId) ? row.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => b.score - a.score || a.number - b.number);
  const order: string[] = [];
  const stack = [...(children.get(null) ?? [])].reverse();
  while (stack.length) {
    const row = stack.pop()!;
    order.push(row.id);
    const kids = children.get(row.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return order;
}
