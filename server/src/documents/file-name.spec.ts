import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { sanitiseFileName } from './file-name.js';

describe('sanitiseFileName', () => {
  it('keeps Polish letters and takes the last path segment', () => {
    expect(sanitiseFileName('C:\\Users\\jan\\Założenia_strategii_Ząbki.pdf')).toBe('Założenia_strategii_Ząbki.pdf');
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
  });

  it('drops control characters and leading dots, replaces reserved characters', () => {
    expect(sanitiseFileName('.\u0000ukryty\nplik.csv')).toBe('ukrytyplik.csv');
    expect(sanitiseFileName('a:b*c?.pdf')).toBe('a_b_c_.pdf');
    expect(sanitiseFileName('...')).toBe('plik');
  });

  it('normalises decomposed letters to one form', () => {
    expect(sanitiseFileName('Za\u0328bki.pdf')).toBe('Ząbki.pdf');
  });

  it('shortens long names but keeps the extension', () => {
    const name = sanitiseFileName(`${'ż'.repeat(400)}.docx`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('Założenia_strategii_Ząbki.pdf')).toBe(
      `attachment; filename="Zalozenia_strategii_Zabki.pdf"; filename*=UTF-8''Za%C5%82o%C5%BCenia_strategii_Z%C4%85bki.pdf`,
    );
  });

  it('cannot be broken out of by quotes', () => {
    expect(attachmentDisposition('a"b\\c (1).pdf')).toBe(
      `attachment; filename="a_b_c (1).pdf"; filename*=UTF-8''a%22b%5Cc%20%281%29.pdf`,
    );
  });
});
