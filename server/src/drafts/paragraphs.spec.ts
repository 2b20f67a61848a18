import { ParagraphChange } from '@ratusz/shared';
import { createMarkdownRenderer } from '../forum/services/markdown.service.js';
import { contentHash, diffParagraphs, splitDraft } from './paragraphs.js';

const md = createMarkdownRenderer();

describe('splitDraft', () => {
  it('numbers top-level blocks, keeping lists, code and quotes whole', () => {
    const source = [
      '# Strategia rozwoju',
      '',
      'Pierwszy akapit\nw dwóch wierszach.',
      '',
      '',
      '- punkt pierwszy',
      '',
      '- punkt drugi',
      '  ciąg dalszy',
      '',
      '```',
      'kod',
      '',
      'dalej kod',
      '```',
      '',
      '---',
      '',
      '> cytat',
      '>',
      '> dalej',
      '',
      'Link [ustawa][1].',
      '',
      '[1]: https://isap.sejm.gov.pl',
    ].join('\r\n');
    const paragraphs = splitDraft(md, source);
    expect(paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(paragraphs[0].source).toBe('# Strategia rozwoju');
    expect(paragraphs[1].source).toBe('Pierwszy akapit\nw dwóch wierszach.');
    expect(paragraphs[2].source).toBe('- punkt pierwszy\n\n- punkt drugi\n  ciąg dalszy');
    expect(paragraphs[2].html).toContain('<ul>');
    expect(paragraphs[3].source).toBe('```\nkod\n\ndalej kod\n```');
    expect(paragraphs[4].source).toBe('> cytat\n>\n> dalej');
    expect(paragraphs[5].html).toContain('href="https://isap.sejm.gov.pl"');
  });

  it('escapes raw HTML like every other text', () => {
    const [paragraph] = splitDraft(md, '<script>alert(1)</script>');
    expect(paragraph.html).not.toContain('<script>');
  });

  it('hashes content regardless of spacing', () => {
    expect(contentHash('a  b\nc ')).toBe(contentHash('a b c'));
  });
});

describe('diffParagraphs', () => {
  const p = (text: string) => ({ text, contentHash: contentHash(text) });

  it('finds unchanged, changed, added and removed paragraphs', () => {
    const from = [p('A'), p('B'), p('C'), p('D')];
    const to = [p('A'), p('B2'), p('C'), p('E'), p('F')];
    const diff = diffParagraphs(from, to).map((e) => [e.change, e.from?.text ?? null, e.to?.text ?? null]);
    expect(diff).toEqual([
      [ParagraphChange.UNCHANGED, 'A', 'A'],
      [ParagraphChange.CHANGED, 'B', 'B2'],
      [ParagraphChange.UNCHANGED, 'C', 'C'],
      [ParagraphChange.CHANGED, 'D', 'E'],
      [ParagraphChange.ADDED, null, 'F'],
    ]);
  });

  it('matches moved-down paragraphs as unchanged when something is inserted before them', () => {
    const diff = diffParagraphs([p('A'), p('B')], [p('N'), p('A'), p('B')]).map((e) => e.change);
    expect(diff).toEqual([ParagraphChange.ADDED, ParagraphChange.UNCHANGED, ParagraphChange.UNCHANGED]);
    const removed = diffParagraphs([p('A'), p('B'), p('C')], [p('A'), p('C')]).map((e) => e.change);
    expect(removed).toEqual([ParagraphChange.UNCHANGED, ParagraphChange.REMOVED, ParagraphChange.UNCHANGED]);
  });
});
