import bn from './strings/bn.json';
import en from './strings/en.json';
import ne from './strings/ne.json';
import type {
  ChannelCaseStatus,
  ChannelCategory,
  ChannelContactPreference,
  ChannelWorkersAffected,
} from './channel-vocabulary';

/** Writing systems the poster has fonts for (see grievance-channel/script-fonts.ts). */
export type ChannelScript = 'latin' | 'devanagari' | 'bengali';

export type ChannelLanguageCode = 'en' | 'ne' | 'bn';

export interface ChannelLanguage {
  /** BCP 47 code: `<html lang>`, the PDF's Lang, the `?lang=` parameter. */
  code: ChannelLanguageCode;
  /** English name, for the organisation's settings. */
  name: string;
  /** Name in the language itself, for the worker's language picker. */
  nativeName: string;
  script: ChannelScript;
}

/**
 * Languages a grievance channel can be offered in: those of the demo's recruitment corridors
 * (Nepal → Malaysia, Bangladesh → Malaysia) and English. To add one, see strings/README.md.
 */
export const CHANNEL_LANGUAGES: readonly ChannelLanguage[] = Object.freeze([
  { code: 'en', name: 'English', nativeName: 'English', script: 'latin' },
  { code: 'ne', name: 'Nepali', nativeName: 'नेपाली', script: 'devanagari' },
  { code: 'bn', name: 'Bengali', nativeName: 'বাংলা', script: 'bengali' },
] as const);

/** Every text of the poster and the public pages, in one language. Shaped by strings/en.json. */
export type ChannelStrings = Omit<
  typeof en,
  'categories' | 'status' | 'form' | 'language' | 'safety'
> & {
  language: typeof en.language;
  safety: typeof en.safety;
  categories: Record<ChannelCategory, string>;
  status: Record<ChannelCaseStatus, string>;
  form: Omit<typeof en.form, 'workersAffectedOptions' | 'contactPreferenceOptions'> & {
    workersAffectedOptions: Record<ChannelWorkersAffected, string>;
    contactPreferenceOptions: Record<ChannelContactPreference, string>;
  };
};

// Typed here, so English failing to label a category, status or option does not compile.
const ENGLISH: ChannelStrings = en;

const TRANSLATIONS: Readonly<Record<ChannelLanguageCode, unknown>> = { en, ne, bn };

export function isChannelLanguage(value: unknown): value is ChannelLanguageCode {
  return typeof value === 'string' && CHANNEL_LANGUAGES.some((language) => language.code === value);
}

/** The language to show for a requested code: itself when the channel knows it, else English. */
export function resolveChannelLanguage(lang: unknown): ChannelLanguage {
  return CHANNEL_LANGUAGES.find((language) => language.code === lang) ?? CHANNEL_LANGUAGES[0];
}

const cache = new Map<ChannelLanguageCode, ChannelStrings>();

/**
 * The texts in `lang`; an unknown language gives English, and a text missing from (or left empty
 * in) a translation falls back to its English version, so a page never shows a blank label.
 */
export function channelStrings(lang: string): ChannelStrings {
  const code = resolveChannelLanguage(lang).code;
  let strings = cache.get(code);
  if (!strings) {
    strings = withEnglishFallback(TRANSLATIONS[code]);
    cache.set(code, strings);
  }
  return strings;
}

/**
 * A translation (parsed JSON) completed with English: a key it lacks, or leaves empty, gets the
 * English text; keys English does not have are dropped. The result is frozen.
 */
export function withEnglishFallback(translation: unknown): ChannelStrings {
  return deepFreeze(withFallback(ENGLISH, translation));
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** English's shape with the translation's non-empty strings; keys English lacks are dropped. */
function withFallback<T>(english: T, translation: unknown): T {
  if (isRecord(english)) {
    const source = isRecord(translation) ? translation : {};
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(english)) {
      result[key] = withFallback(value, source[key]);
    }
    return result as T;
  }
  return typeof translation === 'string' && translation.trim() !== ''
    ? (translation as T)
    : english;
}

function deepFreeze<T>(value: T): T {
  if (isRecord(value)) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}
