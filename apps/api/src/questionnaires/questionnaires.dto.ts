import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ASSIGNMENT_STATUSES } from '@app/persistence';
import { IsCountryCode, IsLocale } from '../common/reference-validators';
import { trim, upper } from '../common/transforms';

/** The largest campaign one request may create (a filter can reach every site of a large map). */
export const MAX_CAMPAIGN_RECIPIENTS = 50_000;

export class TemplateBodyDto {
  @ApiProperty({
    description:
      'The template definition: key, title, description, baseLocale, audience and sections of questions (see README "Questionnaires").',
  })
  @IsObject()
  definition!: Record<string, unknown>;
}

export class LocaleQuery {
  @ApiPropertyOptional({ example: 'ms', description: 'Language to show the texts in' })
  @IsOptional()
  @IsLocale()
  locale?: string;
}

export class CampaignFilterDto {
  @ApiPropertyOptional({ type: [Number], example: [2], description: 'Tiers (1 = direct)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(1, { each: true })
  tiers?: number[];

  @ApiPropertyOptional({ type: [String], example: ['MY', 'TH'] })
  @IsOptional()
  @Transform(upper)
  @IsArray()
  @ArrayMaxSize(300)
  @IsCountryCode({ each: true })
  countries?: string[];

  @ApiPropertyOptional({ type: [String], example: ['apparel_textiles'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  sectors?: string[];

  @ApiPropertyOptional({ type: [String], example: ['high', 'critical'] })
  @IsOptional()
  @IsArray()
  @IsIn(['low', 'medium', 'high', 'critical', 'unscored'], { each: true })
  riskBands?: string[];

  @ApiPropertyOptional({
    description:
      'Only sites in high-risk countries: US TIP Report Tier 2 Watch List, Tier 3 or Special Case, or not ranked (unknown is never low)',
  })
  @IsOptional()
  @IsBoolean()
  highRiskCountries?: boolean;
}

export class CreateCampaignDto {
  @ApiProperty({ example: 'Tier-2 self-assessment 2026' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ description: 'A published template version' })
  @IsUUID()
  templateId!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  dueOn!: string;

  @ApiPropertyOptional({
    example: '2027-01-31',
    description: 'Answers accepted until this day (default: 30 days after the due date)',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  closesOn?: string;

  @ApiPropertyOptional({ type: [String], description: 'Sites, by id (supplier templates)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CAMPAIGN_RECIPIENTS)
  @IsUUID('all', { each: true })
  supplierIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Agencies, by id (agency templates)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CAMPAIGN_RECIPIENTS)
  @IsUUID('all', { each: true })
  agencyIds?: string[];

  @ApiPropertyOptional({
    type: CampaignFilterDto,
    description: 'Every active site matching all of these',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => CampaignFilterDto)
  filter?: CampaignFilterDto;

  @ApiPropertyOptional({
    example: 12,
    description:
      'Pre-fill from a site’s answers to the same template version submitted within this many months (0: never)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  prefillMonths?: number;
}

export class AssignmentQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiPropertyOptional({ enum: ASSIGNMENT_STATUSES })
  @IsOptional()
  @IsIn(ASSIGNMENT_STATUSES)
  status?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;
}

export class DraftDto {
  @ApiProperty({
    description:
      'Answers by question id: "yes"/"no", an option value, a list of option values, a whole number, {amountMinor, currency}, a percentage, "YYYY-MM-DD", text, or {fileId}. null clears an answer.',
    example: { 'policy.exists': 'yes' },
  })
  @IsObject()
  answers!: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'ms' })
  @IsOptional()
  @IsLocale()
  locale?: string;
}

export class SubmitDto {
  @ApiPropertyOptional({
    description: 'Last answers to save with the submission (merged into the draft)',
  })
  @IsOptional()
  @IsObject()
  answers?: Record<string, unknown>;

  @ApiPropertyOptional({ example: 'ms' })
  @IsOptional()
  @IsLocale()
  locale?: string;
}

export class ReopenDto {
  @ApiProperty({ example: 'Fees answer contradicts the audit of March' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason!: string;
}

export class TranslationParams {
  @ApiProperty()
  @IsString()
  id!: string;

  @ApiProperty({ example: 'ms' })
  @IsLocale()
  locale!: string;
}
