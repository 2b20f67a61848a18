/**
 * How much of a post a quote carries: enough to recall what is answered; the
 * "quotes post #N" link on the reply leads to the rest.
 */
const QUOTE_MAX_LENGTH = 400;

function shorten(text: string): string {
  if (text.length <= QUOTE_MAX_LENGTH) return text;
  const cut = text.slice(0, QUOTE_MAX_LENGTH);
  const lastSpace = cut.search(/\s\S*$/);
  // Break at a word unless that would throw away most of the cut.
  const end = lastSpace > QUOTE_MAX_LENGTH * 0.6 ? lastSpace : QUOTE_MAX_LENGTH;
  return `${cut.slice(0, end).trimEnd()}…`;
}

/**
 * A post's markdown as a blockquote to start a reply with, followed by a blank
 * line for the answer. Quotes inside the post are left out, so quoting a
 * quote does not nest ever deeper.
 */
export function quoteMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const own = lines
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const text = shorten(own || source.trim());
  if (!text) return '';
  const quoted = text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
  return `${quoted}\n\n`;
}

/** The body without the blockquote it starts with (when the writer decides not to quote after all). */
export function withoutLeadingQuote(body: string): string {
  const lines = body.split('\n');
  let start = 0;
  while (start < lines.length && /^\s*>/.test(lines[start])) start++;
  if (start === 0) return body;
  while (start < lines.length && lines[start].trim() === '') start++;
  return lines.slice(start).join('\n');
}
