import { MAX_MENTIONS } from '../mentions.js';
import { MarkdownService } from './markdown.service.js';

describe('MarkdownService', () => {
  const markdown = new MarkdownService();

  it('renders the sample posts: emphasis, links, tables and Polish letters', () => {
    expect(markdown.render('Proponuję, żeby **spotkania konsultacyjne** były po 17:00')).toBe(
      '<p>Proponuję, żeby <strong>spotkania konsultacyjne</strong> były po 17:00</p>\n',
    );
    expect(markdown.render('Szczegóły: [raport](https://example.org/raport.pdf)')).toBe(
      '<p>Szczegóły: <a href="https://example.org/raport.pdf" rel="nofollow ugc noopener">raport</a></p>\n',
    );
    expect(markdown.render('| gmina | koszt (zł) |\n|---|---|\n| A | 41,20 |')).toContain('<td>41,20</td>');
    expect(markdown.render('Żółć, gęślą, jaźń')).toBe('<p>Żółć, gęślą, jaźń</p>\n');
  });

  it('turns bare URLs into marked links', () => {
    expect(markdown.render('zob. https://bip.example.pl/uchwala')).toBe(
      '<p>zob. <a href="https://bip.example.pl/uchwala" rel="nofollow ugc noopener">https://bip.example.pl/uchwala</a></p>\n',
    );
  });

  it.each([
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['<a href="javascript:alert(1)">x</a>'],
    ['<iframe src="https://evil.example"></iframe>'],
  ])('escapes raw HTML %s', (source) => {
    const html = markdown.render(source);
    expect(html).not.toMatch(/<(script|img|iframe)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    // A URL inside escaped text may still be linkified, but only as a plain https link.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
    expect(html).toContain('&lt;');
  });

  it.each([
    ['[x](javascript:alert(1))'],
    ['[x](JAVASCRIPT:alert(1))'],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)'],
    ['[x](vbscript:msgbox)'],
    ['[x](file:///etc/passwd)'],
    ['[x](/relative/path)'],
    ['[x]( javascript:alert(1))'],
  ])('refuses a link that is not http, https or mailto: %s', (source) => {
    expect(markdown.render(source)).not.toContain('<a ');
  });

  it('allows mailto links', () => {
    expect(markdown.render('[napisz](mailto:urzad@gmina.pl)')).toContain('href="mailto:urzad@gmina.pl"');
  });

  it('does not render images (no third-party loads)', () => {
    expect(markdown.render('![x](https://tracker.example/p.gif)')).not.toContain('<img');
  });

  describe('mentions', () => {
    const text = [
      'Cześć @Zofia_Mieszkanka i @jan, (@ewa_nowak).',
      'Nie: jan@example.com, /sciezka/@kod, `@w_kodzie`, [link @w_linku](https://a.pl), @ab, @' + 'x'.repeat(31),
      '```',
      '@w_bloku',
      '```',
    ].join('\n');

    it('finds handles in text only: not in e-mails, paths, code or links, nor too short or too long', () => {
      expect(markdown.mentionCandidates(text)).toEqual(['zofia_mieszkanka', 'jan', 'ewa_nowak']);
    });

    it('renders only the handles of real users, and leaves the rest as typed', () => {
      const html = markdown.render(
        'Pytanie do @Zofia_Mieszkanka i @nieznany_ktos, w **@jan** też',
        new Set(['zofia_mieszkanka', 'jan']),
      );
      expect(html).toBe(
        '<p>Pytanie do <span class="mention">@zofia_mieszkanka</span> i @nieznany_ktos, w <strong><span class="mention">@jan</span></strong> też</p>\n',
      );
    });

    it('stops counting after MAX_MENTIONS distinct handles', () => {
      const many = Array.from({ length: MAX_MENTIONS + 10 }, (_, i) => `@osoba${i}`).join(' ');
      expect(markdown.mentionCandidates(many)).toHaveLength(MAX_MENTIONS);
    });
  });
});
