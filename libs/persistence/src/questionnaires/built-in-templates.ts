import { BUILT_IN_TEMPLATES, BUILT_IN_TRANSLATIONS } from '@app/domain';
import type { EntityManager } from 'typeorm';

/**
 * Gives an organisation the product's built-in templates (published version 1 with their
 * translations) if it has not got them yet. Idempotent: safe on every listing and on sign-up.
 */
export async function ensureBuiltInTemplates(
  manager: EntityManager,
  organisationId: string,
): Promise<void> {
  // Usually there already: a cheap check spares sending both templates and their translations.
  const [{ present }]: { present: number }[] = await manager.query(
    `SELECT count(*)::int AS present FROM questionnaire_templates
      WHERE organisation_id = $1 AND built_in AND version = 1 AND key = ANY($2::text[])`,
    [organisationId, BUILT_IN_TEMPLATES.map((definition) => definition.key)],
  );
  if (present === BUILT_IN_TEMPLATES.length) return;
  const rows = BUILT_IN_TEMPLATES.map((definition) => ({
    key: definition.key,
    title: definition.title,
    audience: definition.audience,
    base_locale: definition.baseLocale,
    definition,
    translations: BUILT_IN_TRANSLATIONS[definition.key] ?? {},
  }));
  await manager.query(
    `INSERT INTO questionnaire_templates (organisation_id, key, version, status, title, audience,
            base_locale, definition, translations, built_in, published_at)
     SELECT $1, r.key, 1, 'published', r.title, r.audience, r.base_locale, r.definition,
            r.translations, true, now()
       FROM jsonb_to_recordset($2::jsonb) AS r(key text, title text, audience text,
            base_locale text, definition jsonb, translations jsonb)
     ON CONFLICT (organisation_id, key, version) DO NOTHING`,
    [organisationId, JSON.stringify(rows)],
  );
}
