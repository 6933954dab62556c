import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCurrencyCode, IsMinorUnits } from '../common/reference-validators';
import { DATE_MESSAGE, trim, upper } from '../common/transforms';

export class ScheduleAuditDto {
  @ApiProperty({ description: 'The site to audit' })
  @IsUUID('all', { message: 'must be a site id' })
  supplierId!: string;

  @ApiProperty({
    enum: ['announced', 'semi_announced', 'unannounced'],
    description:
      'announced: a date the site is told; semi_announced: a window the site is told; unannounced: a window only the organisation and the auditors know',
  })
  @IsIn(['announced', 'semi_announced', 'unannounced'], {
    message: 'must be announced, semi_announced or unannounced',
  })
  type!: 'announced' | 'semi_announced' | 'unannounced';

  @ApiPropertyOptional({ example: '2026-12-08', description: 'For an announced audit' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  plannedOn?: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'For a (semi-)unannounced audit' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  windowStart?: string;

  @ApiPropertyOptional({ example: '2026-12-19' })
  @IsOptional()
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  windowEnd?: string;

  @ApiProperty({
    type: [String],
    example: ['retention_of_documents', 'debt_bondage'],
    description:
      'ILO forced-labour indicator codes in scope (the eleven of the ILO, e.g. retention_of_documents)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(11)
  @IsString({ each: true })
  scopeIndicators!: string[];

  @ApiPropertyOptional({ description: 'Other topics or instructions for the auditors' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  scopeNotes?: string;

  @ApiPropertyOptional({ example: 'Ethical Audits Ltd' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  auditFirm?: string;

  @ApiProperty({ type: [String], description: 'Auditor users who carry it out' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'must be user ids' })
  auditorIds!: string[];
}

export class AuditReportDto {
  @ApiProperty({
    description:
      'The visit and its findings (see README "Audits"): arrivedAt, access, accessNote, workersInterviewed, documentsReviewed, redFlags, summary, findings[]. A draft may be partial.',
  })
  @IsObject()
  report!: Record<string, unknown>;
}

export class SubmitAuditDto {
  @ApiPropertyOptional({
    description: 'The final report; without it, the saved draft is submitted',
  })
  @IsOptional()
  @IsObject()
  report?: Record<string, unknown>;
}

export class CorrectiveActionPlanDto {
  @ApiProperty({ description: 'Why it happened' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  rootCause!: string;

  @ApiProperty({ description: 'What will be done, by whom and when' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  actionPlan!: string;
}

export class CorrectiveActionEvidenceDto {
  @ApiProperty({ description: 'What was done' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  note!: string;

  @ApiPropertyOptional({ type: [String], description: 'Files uploaded to this corrective action' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  fileIds?: string[];
}

export class OfficerCommentDto {
  @ApiPropertyOptional({
    description: 'Required when sending back or asking for a follow-up audit',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  comment?: string;
}

export class MoneyDto {
  @ApiProperty({ example: 120000, description: 'Minor units (cents, sen…)' })
  @IsMinorUnits()
  amountMinor!: number;

  @ApiProperty({ example: 'MYR' })
  @Transform(upper)
  @IsCurrencyCode()
  currency!: string;
}

export class RepaymentDto {
  @ApiProperty({ type: MoneyDto })
  @IsObject()
  @ValidateNested()
  @Type(() => MoneyDto)
  amount!: MoneyDto;

  @ApiProperty({ example: '2026-11-20', description: 'When the workers were paid' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  paidOn!: string;

  @ApiPropertyOptional({
    description: 'A file uploaded to this remediation (transfer list, receipts)',
  })
  @IsOptional()
  @IsUUID()
  evidenceFileId?: string;
}

export class RemediationSummaryQuery {
  @ApiProperty({ example: '2026-01-01' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  from!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  to!: string;

  @ApiPropertyOptional({ description: 'Only the sites in this reporting company’s chain' })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}
