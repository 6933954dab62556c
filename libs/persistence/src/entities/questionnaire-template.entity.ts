import type { TemplateAudience, TemplateDefinition, TemplateTranslations } from '@app/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TenantOwnedEntity } from './tenant-owned.entity';

export type TemplateStatus = 'draft' | 'published';

/**
 * One version of a questionnaire template. Published versions never change their definition (a
 * change is a new version of the same key); translations may be added to any version because
 * answers refer to ids and option values, never to the words.
 */
@Entity({ name: 'questionnaire_templates' })
@Index('questionnaire_templates_org_key_version_key', ['organisationId', 'key', 'version'], {
  unique: true,
})
@Check('questionnaire_templates_status_check', `status IN ('draft','published')`)
@Check('questionnaire_templates_audience_check', `audience IN ('supplier','agency')`)
export class QuestionnaireTemplate extends TenantOwnedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'text', default: 'draft' })
  status!: TemplateStatus;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  audience!: TemplateAudience;

  @Column({ name: 'base_locale', type: 'text' })
  baseLocale!: string;

  @Column({ type: 'jsonb' })
  definition!: TemplateDefinition;

  @Column({ type: 'jsonb' })
  translations!: TemplateTranslations;

  /** Shipped with the product (seeded into every organisation). */
  @Column({ name: 'built_in', type: 'boolean', default: false })
  builtIn!: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;
}
