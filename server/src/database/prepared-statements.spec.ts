import { StatementNames } from './prepared-statements.js';

describe('StatementNames', () => {
  it('names a text the second time it is sent, and keeps that name', () => {
    const names = new StatementNames();
    expect(names.nameFor('SELECT $1::int')).toBeNull();
    const name = names.nameFor('SELECT $1::int');
    expect(name).toMatch(/^ratusz_\d+$/);
    expect(names.nameFor('SELECT $1::int')).toBe(name);
    expect(names.nameFor('SELECT $1::text')).toBeNull();
    expect(names.nameFor('SELECT $1::text')).not.toBe(name);
  });

  it('names at most maxNamed texts; the rest run unnamed', () => {
    const names = new StatementNames(2, 100);
    for (const text of ['a', 'b', 'c']) names.nameFor(text);
    expect([names.nameFor('a'), names.nameFor('b'), names.nameFor('c')]).toEqual(['ratusz_1', 'ratusz_2', null]);
    expect(names.nameFor('a')).toBe('ratusz_1');
  });

  it('forgets texts seen once when there are too many, so one-off SQL stays bounded', () => {
    const names = new StatementNames(10, 2);
    names.nameFor('x');
    names.nameFor('y');
    // The third one-off text clears the list: 'x' starts over.
    names.nameFor('z');
    expect(names.nameFor('x')).toBeNull();
    expect(names.nameFor('x')).toBe('ratusz_1');
  });
});
