import { Injectable } from '@nestjs/common';
import MarkdownIt from 'markdown-it';
import { mentionsPlugin, type MentionEnv } from '../mentions.js';

const ALLOWED_LINK = /^(https?:\/\/|mailto:)/i;
const LINK_REL = 'nofollow ugc noopener';

/**
 * The one renderer of user text. Raw HTML is off, so every tag a user types
 * is escaped; links are limited to http, https and mailto and marked as
 * user-generated. The client shows only HTML produced here (the composer's
 * preview asks the server), so what is previewed is exactly what is stored.
 */
export function createMarkdownRenderer() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
  // Images would let a post load third-party trackers for every reader.
  md.disable('image');
  md.validateLink = (url: string) => ALLOWED_LINK.test(url.trim());
  md.linkify.set({ fuzzyEmail: false });

  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet('rel', LINK_REL);
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  md.use(mentionsPlugin);
  return md;
}

@Injectable()
export class MarkdownService {
  private readonly md = createMarkdownRenderer();

  /** `knownHandles`: the handles of real users, which render as mentions. */
  render(source: string, knownHandles?: ReadonlySet<string>): string {
    const env: MentionEnv = { knownHandles };
    return this.md.render(source, env);
  }

  /** The handles a text mentions outside code and links, lower-cased, at most MAX_MENTIONS. */
  mentionCandidates(source: string): string[] {
    const env: MentionEnv = { mentionCandidates: new Set() };
    this.md.parse(source, env);
    return [...env.mentionCandidates!];
  }
}
