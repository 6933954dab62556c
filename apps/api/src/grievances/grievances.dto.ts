import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IsCountryCode } from '../common/reference-validators';
import { DATE_MESSAGE, trim, upper } from '../common/transforms';

export class CreateChannelDto {
  @ApiProperty({ example: 'Klang Valley: workers’ voice' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ description: 'The site whose workers use it (or an agency)' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ description: 'An agency, for the workers of one of its corridors' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: 'NP' })
  @IsOptional()
  @Transform(upper)
  @IsCountryCode()
  originCountry?: string;

  @ApiPropertyOptional({ example: 'MY' })
  @IsOptional()
  @Transform(upper)
  @IsCountryCode()
  destinationCountry?: string;

  @ApiProperty({
    type: [String],
    example: ['ne', 'bn', 'en'],
    description: 'Languages the workers read: en, ne (Nepali), bn (Bengali)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(4)
  @IsString({ each: true })
  languages!: string[];
}

export class TriageDto {
  @ApiPropertyOptional({ enum: ['low', 'medium', 'high', 'critical'] })
  @IsOptional()
  @IsIn(['low', 'medium', 'high', 'critical'])
  severity?: string;

  @ApiPropertyOptional({ type: [String], example: ['debt_bondage'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(11)
  @IsString({ each: true })
  indicators?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  agencyId?: string;
}

export class CaseMessageDto {
  @ApiPropertyOptional({ description: 'A message the reporter reads with their key' })
  @IsOptional()
  @IsString()
  text?: string;
}

export class OutcomeDto {
  @ApiProperty({
    enum: ['substantiated', 'partly_substantiated', 'not_substantiated', 'withdrawn'],
  })
  @IsIn(['substantiated', 'partly_substantiated', 'not_substantiated', 'withdrawn'])
  outcome!: string;

  @ApiPropertyOptional({ description: 'Told to the reporter as a message' })
  @IsOptional()
  @IsString()
  message?: string;
}

export class RemedyDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  correctiveActionId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  feeRemediationId?: string;
}

export class ShareSummaryDto {
  @ApiProperty({
    description:
      'A summary in the officer’s own words, with nothing that could identify the reporter; the site’s users will read it',
  })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary!: string;
}

export class KpiQuery {
  @ApiProperty({ example: '2026-01-01' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  from!: string;

  @ApiProperty({ example: '2026-12-31' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  to!: string;

  @ApiPropertyOptional({ description: 'Only cases about the sites in this company’s chain' })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}

export class CaseListQuery {
  @ApiPropertyOptional({
    enum: ['received', 'acknowledged', 'investigating', 'outcome_recorded', 'closed'],
  })
  @IsOptional()
  @IsIn(['received', 'acknowledged', 'investigating', 'outcome_recorded', 'closed'])
  status?: string;
}
