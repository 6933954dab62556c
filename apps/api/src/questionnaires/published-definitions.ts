import { DomainError, type TemplateDefinition } from '@app/domain';
import type { TenantScope } from '@app/persistence';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Enough for every template version an api process is likely to serve answers for. */
const MAX_ENTRIES = 500;

/**
 * Definitions of published template versions, kept in memory: a published version never changes
 * (edits make a new version), and every draft save and submission needs its definition. Draft
 * versions are read each time. Entries are per organisation, so tenants never share one.
 */
@Injectable()
export class PublishedDefinitions {
  private readonly cache = new Map<string, TemplateDefinition>();

  async get(
    manager: EntityManager,
    scope: TenantScope,
    templateId: string,
  ): Promise<TemplateDefinition> {
    const key = `${scope.organisationId}/${templateId}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const [row]: { definition: TemplateDefinition; status: string }[] = await manager.query(
      'SELECT definition, status FROM questionnaire_templates WHERE organisation_id = $1 AND id = $2',
      [scope.organisationId, templateId],
    );
    if (!row) throw DomainError.notFound('Template');
    if (row.status === 'published') {
      if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, row.definition);
    }
    return row.definition;
  }
}
