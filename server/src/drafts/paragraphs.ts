import { createHash } from 'node:crypto';
import { diffArrays } from 'diff';
import { ParagraphChange } from '@ratusz/shared';
import type { createMarkdownRenderer } from '../forum/services/markdown.service.js';

type MarkdownRenderer = ReturnType<typeof createMarkdownRenderer>;

export interface SplitParagraph {
  /** 1, 2, … in document order. */
  number: number;
  source: string;
  html: string;
  contentHash: string;
}

/** Top-level blocks with no text of their own to comment on. */
const SKIPPED_BLOCKS = new Set(['hr']);

/**
 * Splits a markdown draft into numbered paragraphs: its top-level blocks as
 * markdown-it parses them, so a list (even with blank lines between items),
 * a fenced code block or a quote stays one paragraph however many blank
 * lines it holds. Each block is rendered by the same renderer, with the whole
 * document's link references, so `[ustawa][1]` still links.
 */
export function splitDraft(md: MarkdownRenderer, source: string): SplitParagraph[] {
  const normalised = source.replace(/\r\n?/g, '\n');
  const env: Parameters<MarkdownRenderer['parse']>[1] = {};
  const tokens = md.parse(normalised, env);
  const lines = normalised.split('\n');
  const paragraphs: SplitParagraph[] = [];
  for (const token of tokens) {
    // Opening tokens and self-contained blocks (fence, code_block) at the top level carry their line range.
    if (token.level !== 0 || token.nesting === -1 || !token.map || SKIPPED_BLOCKS.has(token.type)) continue;
    const text = lines.slice(token.map[0], token.map[1]).join('\n').replace(/\s+$/, '');
    if (!text.trim()) continue;
    paragraphs.push({
      number: paragraphs.length + 1,
      source: text,
      html: md.render(text, { references: env.references }),
      contentHash: contentHash(text),
    });
  }
  return paragraphs;
}

/** Equal for paragraphs that read the same, whatever the spacing around their words. */
export function contentHash(source: string): string {
  return createHash('sha256').update(source.replace(/\s+/g, ' ').trim()).digest('hex');
}

export interface DiffEntry<P> {
  change: ParagraphChange;
  from: P | null;
  to: P | null;
}

/**
 * A paragraph-level diff: the longest common subsequence of content hashes
 * decides which paragraphs are UNCHANGED (possibly renumbered); between two
 * of those, removed and added paragraphs are paired by position as CHANGED,
 * and the rest are REMOVED or ADDED. In the order of the new version, with
 * removed paragraphs where they used to be.
 */
export function diffParagraphs<P extends { contentHash: string }>(
  from: readonly P[],
  to: readonly P[],
): DiffEntry<P>[] {
  const parts = diffArrays(
    from.map((p) => p.contentHash),
    to.map((p) => p.contentHash),
  );
  const entries: DiffEntry<P>[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removed: P[] = [];
  let added: P[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let i = 0; i < paired; i++) entries.push({ change: ParagraphChange.CHANGED, from: removed[i], to: added[i] });
    for (const p of removed.slice(paired)) entries.push({ change: ParagraphChange.REMOVED, from: p, to: null });
    for (const p of added.slice(paired)) entries.push({ change: ParagraphChange.ADDED, from: null, to: p });
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) {
      removed.push(...from.slice(oldIndex, oldIndex + part.count));
      oldIndex += part.count;
    } else if (part.added) {
      added.push(...to.slice(newIndex, newIndex + part.count));
      newIndex += part.count;
    } else {
      flush();
      for (let i = 0; i < part.count; i++) {
        entries.push({ change: ParagraphChange.UNCHANGED, from: from[oldIndex + i], to: to[newIndex + i] });
      }
      oldIndex += part.count;
      newIndex += part.count;
    }
  }
  flush();
  return entries;
}
