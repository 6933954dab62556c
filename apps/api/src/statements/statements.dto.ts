import { MAX_NARRATIVE_LENGTH, STATEMENT_REGIMES } from '@app/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DATE_MESSAGE, trim } from '../common/transforms';

const REGIME_MESSAGE = { message: `must be one of: ${STATEMENT_REGIMES.join(', ')}` };

export class CreateStatementDto {
  @ApiProperty({ description: 'The reporting company' })
  @IsUUID()
  companyId!: string;

  @ApiProperty({
    example: 2026,
    description:
      'The calendar year the financial year ends in (the company’s year-end gives the days)',
  })
  @IsInt()
  @Min(2000)
  @Max(2100)
  yearEnding!: number;
}

export class NarrativeDto {
  @ApiProperty({
    description:
      'The narrative, in paragraphs separated by a blank line. An empty text clears it (the statement cannot then be approved).',
  })
  @IsString()
  @MaxLength(MAX_NARRATIVE_LENGTH)
  text!: string;
}

export class ReturnStatementDto {
  @ApiProperty({ example: 'The board asked for the remediation figures to be explained.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class ApproveStatementDto {
  @ApiProperty({ example: 'Board of Directors of Northwind Apparel Ltd' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  body!: string;

  @ApiProperty({ example: '2027-07-15', description: 'The day the board approved it' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  approvedOn!: string;
}

export class SignStatementDto {
  @ApiPropertyOptional({
    description: 'The director’s name; defaults to the signed-in executive’s',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiProperty({ example: 'Chief Executive Officer and Director' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ example: '2027-07-16' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  signedOn!: string;
}

export class PublishStatementDto {
  @ApiPropertyOptional({
    example: 'https://www.northwind.example/modern-slavery-statement',
    description: 'Where the company publishes it on its website (the registry asks for it)',
  })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(2000)
  statementUrl?: string;
}

export class RegimeQueryDto {
  @ApiPropertyOptional({ enum: STATEMENT_REGIMES, default: 'uk_msa_s54' })
  @IsOptional()
  @IsIn(STATEMENT_REGIMES, REGIME_MESSAGE)
  regime?: string;
}

export class TraceQueryDto {
  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({
    enum: ['previous'],
    description: 'The previous year’s records of a year-on-year figure',
  })
  @IsOptional()
  @IsIn(['previous'])
  year?: string;
}

export class ListStatementsQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  companyId?: string;
}
