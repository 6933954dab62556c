import bn from './strings/bn.json';
import en from './strings/en.json';
import ne from './strings/ne.json';
import {
  CHANNEL_LANGUAGES,
  channelStrings,
  isChannelLanguage,
  resolveChannelLanguage,
  withEnglishFallback,
} from './channel-strings';
import {
  CHANNEL_CASE_STATUSES,
  CHANNEL_CATEGORIES,
  CHANNEL_CONTACT_PREFERENCES,
  CHANNEL_WORKERS_AFFECTED,
} from './channel-vocabulary';

/** "a.b.c" paths of every text in a translation file, with their values. */
function leaves(value: unknown, prefix = ''): Array<[path: string, text: unknown]> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) =>
      leaves(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [[prefix, value]];
}

const FILES = { en, ne, bn } as const;

describe('channel strings', () => {
  it('has exactly the same keys in every language, so nothing falls back to English today', () => {
    const keys = (file: unknown) =>
      leaves(file)
        .map(([path]) => path)
        .sort();
    expect(keys(ne)).toEqual(keys(en));
    expect(keys(bn)).toEqual(keys(en));
    expect(Object.keys(FILES).sort()).toEqual(CHANNEL_LANGUAGES.map((l) => l.code).sort());
  });

  it('has a non-empty text for every key, written in the language’s own script', () => {
    const script = { en: /[A-Za-z]/, ne: /[\u0900-\u097F]/, bn: /[\u0980-\u09FF]/ };
    for (const [lang, file] of Object.entries(FILES)) {
      for (const [path, text] of leaves(file)) {
        expect({ lang, path, type: typeof text }).toEqual({ lang, path, type: 'string' });
        expect({ lang, path, text: (text as string).trim() !== '' }).toEqual({
          lang,
          path,
          text: true,
        });
        // A text left in English (or copied from the other language) would not match.
        expect({
          lang,
          path,
          ok: script[lang as keyof typeof script].test(text as string),
        }).toEqual({ lang, path, ok: true });
      }
    }
  });

  it('labels every value the forms post and every case status', () => {
    for (const { code } of CHANNEL_LANGUAGES) {
      const strings = channelStrings(code);
      expect(Object.keys(strings.categories).sort()).toEqual([...CHANNEL_CATEGORIES].sort());
      expect(Object.keys(strings.status).sort()).toEqual([...CHANNEL_CASE_STATUSES].sort());
      expect(Object.keys(strings.form.workersAffectedOptions).sort()).toEqual(
        [...CHANNEL_WORKERS_AFFECTED].sort(),
      );
      expect(Object.keys(strings.form.contactPreferenceOptions).sort()).toEqual(
        [...CHANNEL_CONTACT_PREFERENCES].sort(),
      );
    }
  });

  it('gives each language its own texts, and English for an unknown language', () => {
    expect(channelStrings('ne').heading).toBe(ne.heading);
    expect(channelStrings('bn').heading).toBe(bn.heading);
    expect(channelStrings('en').heading).toBe('Speak up safely');
    expect(channelStrings('xx').heading).toBe(en.heading);
    expect(channelStrings('').heading).toBe(en.heading);
    expect(resolveChannelLanguage('de').code).toBe('en');
    expect(Object.isFrozen(channelStrings('ne').categories)).toBe(true);
  });

  it('falls back to English for a text a translation lacks or leaves empty', () => {
    const partial = withEnglishFallback({
      heading: 'Parlez sans crainte',
      intro: '  ',
      categories: { deception: 'On m’a menti' },
      extra: 'dropped',
    });
    expect(partial.heading).toBe('Parlez sans crainte');
    expect(partial.intro).toBe(en.intro);
    expect(partial.categories.deception).toBe('On m’a menti');
    expect(partial.categories.debt_bondage).toBe(en.categories.debt_bondage);
    expect(partial.errors.notFound).toBe(en.errors.notFound);
    expect(partial).not.toHaveProperty('extra');
  });

  it('knows its languages', () => {
    expect(CHANNEL_LANGUAGES.map((l) => [l.code, l.nativeName])).toEqual([
      ['en', 'English'],
      ['ne', 'नेपाली'],
      ['bn', 'বাংলা'],
    ]);
    expect(isChannelLanguage('ne')).toBe(true);
    expect(isChannelLanguage('NE')).toBe(false);
    expect(isChannelLanguage(undefined)).toBe(false);
    expect(isChannelLanguage('toString')).toBe(false);
  });
});
