/**
 * Breaks a node's text into lines for the diagram. SVG text does not wrap by
 * itself and measuring in the DOM would cost a layout per node: an average
 * glyph width is close enough for a box that is sized from the result.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const push = (value: string) => {
    lines.push(value);
    line = '';
  };
  for (let word of words) {
    // A word longer than a line (a web address) is cut where the line ends.
    while (word.length > maxChars) {
      if (line) push(line);
      push(word.slice(0, maxChars));
      word = word.slice(maxChars);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= maxChars) line = `${line} ${word}`;
    else {
      push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = `${(last.length >= maxChars ? last.slice(0, maxChars - 1) : last).trimEnd()}…`;
  return kept;
}
