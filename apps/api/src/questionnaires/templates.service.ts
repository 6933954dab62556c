import {
  DomainError,
  exportTranslationCsv,
  importTranslationCsv,
  localiseTemplate,
  translatableTexts,
  validateTemplateDefinition,
  type TemplateDefinition,
} from '@app/domain';
import {
  ensureBuiltInTemplates,
  InjectTenantRepository,
  QuestionnaireTemplate,
  TenantRepository,
  type TenantScope,
} from '@app/persistence';
import { ActivityLogService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface TemplateSummary {
  id: string;
  key: string;
  version: number;
  status: string;
  title: string;
  audience: string;
  baseLocale: string;
  builtIn: boolean;
  /** Languages it can be answered in, with how many texts still fall back to the base language. */
  languages: Array<{ locale: string; missing: number }>;
  createdAt: string;
  publishedAt: string | null;
}

export interface TemplateDetail extends TemplateSummary {
  locale: string;
  /** Texts shown in the base language because the chosen language lacks them (keys). */
  missingTranslations: string[];
  definition: TemplateDefinition;
}

export function languagesOf(template: QuestionnaireTemplate): TemplateSummary['languages'] {
  const total = translatableTexts(template.definition).map((text) => text.key);
  return [
    { locale: template.baseLocale, missing: 0 },
    ...Object.entries(template.translations)
      .filter(([locale]) => locale !== template.baseLocale)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([locale, strings]) => ({
        locale,
        missing: total.filter((key) => !strings[key]).length,
      })),
  ];
}

const summaryOf = (template: QuestionnaireTemplate): TemplateSummary => ({
  id: template.id,
  key: template.key,
  version: template.version,
  status: template.status,
  title: template.title,
  audience: template.audience,
  baseLocale: template.baseLocale,
  builtIn: template.builtIn,
  languages: languagesOf(template),
  createdAt: template.createdAt.toISOString(),
  publishedAt: template.publishedAt?.toISOString() ?? null,
});

/** Questionnaire templates: versions, publication, and their translations. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(QuestionnaireTemplate)
    private readonly templates: TenantRepository<QuestionnaireTemplate>,
    private readonly activity: ActivityLogService,
  ) {}

  async list(scope: TenantScope): Promise<TemplateSummary[]> {
    await ensureBuiltInTemplates(this.dataSource.manager, scope.organisationId);
    const rows = await this.templates.find(scope, { order: { key: 'ASC', version: 'DESC' } });
    return rows.map(summaryOf);
  }

  async get(scope: TenantScope, id: string, locale?: string): Promise<TemplateDetail> {
    const template = await this.templates.getById(scope, id);
    const localised = localiseTemplate(
      template.definition,
      template.translations,
      locale ?? template.baseLocale,
    );
    return {
      ...summaryOf(template),
      locale: localised.locale,
      missingTranslations: localised.missing,
      definition: localised.definition,
    };
  }

  /** A new draft: version 1 of a new key, or the next version of an existing one. */
  async create(scope: TenantScope, actor: Actor, input: unknown): Promise<TemplateDetail> {
    const definition = validateTemplateDefinition(input);
    const id = await this.dataSource.transaction(async (manager) => {
      // Serialise versions of one key within the organisation.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1 || $2))', [
        scope.organisationId,
        definition.key,
      ]);
      const versions = await this.templates
        .within(manager)
        .find(scope, { where: { key: definition.key }, order: { version: 'DESC' } });
      const draft = versions.find((version) => version.status === 'draft');
      if (draft)
        throw DomainError.conflict(
          `Version ${draft.version} of "${definition.key}" is still a draft: edit or publish it first`,
          'definition.key',
        );
      const template = await this.templates.within(manager).insert(scope, {
        key: definition.key,
        version: (versions[0]?.version ?? 0) + 1,
        status: 'draft',
        title: definition.title,
        audience: definition.audience,
        baseLocale: definition.baseLocale,
        definition,
        // A new version keeps the translations of the last one where the texts still exist.
        translations: versions[0]?.translations ?? {},
        builtIn: false,
        createdBy: actor.kind === 'user' ? actor.userId : null,
      });
      await this.activity.append(manager, scope, actor, {
        action: 'questionnaire_template.created',
        entityType: 'questionnaire_template',
        entityId: template.id,
        after: { key: template.key, version: template.version },
      });
      return template.id;
    });
    return this.get(scope, id);
  }

  async update(
    scope: TenantScope,
    actor: Actor,
    id: string,
    input: unknown,
  ): Promise<TemplateDetail> {
    const definition = validateTemplateDefinition(input);
    await this.dataSource.transaction(async (manager) => {
      const templates = this.templates.within(manager);
      const template = await templates.getById(scope, id, { lock: true });
      this.assertDraft(template);
      if (definition.key !== template.key)
        throw DomainError.invalid(
          'definition.key',
          `must stay "${template.key}" (a new key is a new template)`,
        );
      Object.assign(template, {
        definition,
        title: definition.title,
        audience: definition.audience,
        baseLocale: definition.baseLocale,
      });
      await templates.save(scope, template);
      await this.activity.append(manager, scope, actor, {
        action: 'questionnaire_template.updated',
        entityType: 'questionnaire_template',
        entityId: id,
        after: { key: template.key, version: template.version },
      });
    });
    return this.get(scope, id);
  }

  async publish(scope: TenantScope, actor: Actor, id: string): Promise<TemplateDetail> {
    await this.dataSource.transaction(async (manager) => {
      const templates = this.templates.within(manager);
      const template = await templates.getById(scope, id, { lock: true });
      this.assertDraft(template);
      template.status = 'published';
      template.publishedAt = new Date();
      await templates.save(scope, template);
      await this.activity.append(manager, scope, actor, {
        action: 'questionnaire_template.published',
        entityType: 'questionnaire_template',
        entityId: id,
        after: { key: template.key, version: template.version },
      });
    });
    return this.get(scope, id);
  }

  async exportTranslation(scope: TenantScope, id: string, locale: string) {
    const template = await this.templates.getById(scope, id);
    return {
      filename: `${template.key}-v${template.version}-${locale}.csv`,
      csv: exportTranslationCsv(template.definition, template.translations, locale),
    };
  }

  /** Translations can be added to any version: answers never depend on the words. */
  async importTranslation(
    scope: TenantScope,
    actor: Actor,
    id: string,
    locale: string,
    csv: string,
  ): Promise<{ locale: string; translated: number; missing: string[] }> {
    return this.dataSource.transaction(async (manager) => {
      const templates = this.templates.within(manager);
      const template = await templates.getById(scope, id, { lock: true });
      const { strings, missing } = importTranslationCsv(template.definition, csv, locale);
      template.translations = { ...template.translations, [locale]: strings };
      await templates.save(scope, template);
      await this.activity.append(manager, scope, actor, {
        action: 'questionnaire_template.translation_imported',
        entityType: 'questionnaire_template',
        entityId: id,
        after: { locale, translated: Object.keys(strings).length, missing: missing.length },
      });
      return { locale, translated: Object.keys(strings).length, missing };
    });
  }

  private assertDraft(template: QuestionnaireTemplate): void {
    if (template.status !== 'draft')
      throw DomainError.conflict(
        `Version ${template.version} is published and cannot change: create a new version`,
      );
  }
}
