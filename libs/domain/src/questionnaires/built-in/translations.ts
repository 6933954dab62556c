/**
 * Translations of the built-in templates (Malay and Vietnamese), keyed by template key, then
 * locale, then text key (see translatableTexts).
 *
 * These are first translations, written in 2026-11 without a native-speaker review. Before real
 * use each language should be reviewed by a native-speaking compliance or labour-rights
 * professional (for example through the supplier's HR team or an NGO partner in the corridor);
 * officers can export a file per language, have it corrected, and import it back.
 */
import type { TemplateTranslations } from '../template-types';
import { MS_TRANSLATIONS } from './translations-ms';
import { VI_TRANSLATIONS } from './translations-vi';

export const BUILT_IN_TRANSLATIONS: Record<string, TemplateTranslations> = Object.fromEntries(
  [...new Set([...Object.keys(MS_TRANSLATIONS), ...Object.keys(VI_TRANSLATIONS)])].map((key) => [
    key,
    {
      ...(MS_TRANSLATIONS[key] ? { ms: MS_TRANSLATIONS[key] } : {}),
      ...(VI_TRANSLATIONS[key] ? { vi: VI_TRANSLATIONS[key] } : {}),
    },
  ]),
);
