import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { HANDLE_LIMITS, MENTION_GLUED_BEFORE } from '@ratusz/shared';

/**
 * `@handle` preceded by nothing that would make it part of a word, an
 * e-mail address or a path, and not followed by more handle characters
 * (so an over-long name is not cut down to somebody else's handle).
 */
const MENTION = new RegExp(
  `(^|[^${MENTION_GLUED_BEFORE}])@([a-z0-9_]{${HANDLE_LIMITS.min},${HANDLE_LIMITS.max}})(?![a-z0-9_])`,
  'giu',
);

/** At most this many distinct handles count per post, so one post cannot ping a whole town. */
export const MAX_MENTIONS = 50;

export interface MentionEnv extends Record<PropertyKey, unknown> {
  /** Filled while parsing: handles the text mentions, lower-cased, in order of first appearance. */
  mentionCandidates?: Set<string>;
  /** Handles that name real users; only these render as mentions, the rest stay plain text. */
  knownHandles?: ReadonlySet<string>;
}

/**
 * Finds mentions in the text of a parsed post — never inside code or links,
 * which markdown-it has already turned into other tokens — and renders the
 * known ones as `<span class="mention">`.
 */
export function mentionsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('mentions', (state: StateCore) => {
    const env = state.env as MentionEnv;
    for (const block of state.tokens) {
      if (block.type === 'inline' && block.children) block.children = splitMentions(block.children, env, state);
    }
  });
  md.renderer.rules.mention = (tokens, idx) =>
    `<span class="mention">@${md.utils.escapeHtml(tokens[idx].content)}</span>`;
}

function splitMentions(children: Token[], env: MentionEnv, state: StateCore): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  for (const token of children) {
    if (token.type === 'link_open') linkDepth += 1;
    if (token.type === 'link_close') linkDepth -= 1;
    if (token.type !== 'text' || linkDepth > 0) {
      out.push(token);
      continue;
    }
    let consumed = 0;
    for (const match of token.content.matchAll(MENTION)) {
      const handle = match[2].toLowerCase();
      const candidates = env.mentionCandidates;
      if (candidates && candidates.size < MAX_MENTIONS) candidates.add(handle);
      if (!env.knownHandles?.has(handle)) continue;
      const at = match.index + match[1].length;
      if (at > consumed) out.push(textToken(state, token.content.slice(consumed, at)));
      const mention = new state.Token('mention', '', 0);
      mention.content = handle;
      out.push(mention);
      consumed = at + 1 + match[2].length;
    }
    if (consumed === 0) out.push(token);
    else if (consumed < token.content.length) out.push(textToken(state, token.content.slice(consumed)));
  }
  return out;
}

function textToken(state: StateCore, content: string): Token {
  const token = new state.Token('text', '', 0);
  token.content = content;
  return token;
}
