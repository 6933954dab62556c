import { FEE_CATEGORIES } from '@app/domain';
import { LICENCE_STATUSES } from '@app/persistence';
import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCountryCode, IsCurrencyCode, IsMinorUnits } from '../common/reference-validators';
import { trim, upper } from '../common/transforms';

export class AgencyFeeDto {
  @ApiProperty({
    enum: FEE_CATEGORIES,
    description: 'ILO categories of recruitment fees and related costs (2019)',
  })
  @IsIn(FEE_CATEGORIES, { message: `must be one of: ${FEE_CATEGORIES.join(', ')}` })
  category!: string;

  @ApiProperty({
    description: 'What a worker pays, in minor units of the currency',
    example: 1500000000,
  })
  @IsMinorUnits()
  amountMinor!: number;

  @ApiProperty({ example: 'NPR' })
  @Transform(upper)
  @IsCurrencyCode()
  currency!: string;
}

export class CreateAgencyDto {
  @ApiPropertyOptional({ example: 'AG-NP-07' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  externalId?: string;
  @ApiProperty({ example: 'Himalaya Manpower Pvt. Ltd' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;
  @ApiPropertyOptional({ example: '1234/067/68' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  licenceNumber?: string;
  @ApiPropertyOptional({ example: 'NP' })
  @IsOptional()
  @Transform(upper)
  @IsCountryCode()
  licensingCountry?: string;

  @ApiPropertyOptional({ enum: LICENCE_STATUSES, default: 'unknown' })
  @IsOptional()
  @IsIn(LICENCE_STATUSES, { message: `must be one of: ${LICENCE_STATUSES.join(', ')}` })
  licenceStatus?: (typeof LICENCE_STATUSES)[number];

  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  licenceExpiresOn?: string;

  @ApiPropertyOptional({ example: ['NP', 'MY'], type: [String] })
  @IsOptional()
  @Transform(upper)
  @IsArray()
  @ArrayMaxSize(250)
  @IsCountryCode({ each: true })
  countriesOfOperation?: string[];

  @ApiPropertyOptional({ description: 'Committed in writing to the Employer Pays Principle' })
  @IsOptional()
  @IsBoolean()
  employerPaysCommitted?: boolean;

  @ApiPropertyOptional({
    type: [AgencyFeeDto],
    description:
      'Fees and costs charged to workers (should be none): [] when none are charged; left out or null when not known, which never counts as none',
    nullable: true,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgencyFeeDto)
  feesChargedToWorkers?: AgencyFeeDto[] | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() depositRequired?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsMinorUnits() depositAmountMinor?: number;

  @ApiPropertyOptional()
  @ValidateIf(
    (dto: CreateAgencyDto) =>
      dto.depositAmountMinor !== undefined || dto.depositCurrency !== undefined,
  )
  @Transform(upper)
  @IsCurrencyCode()
  depositCurrency?: string;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() loansOffered?: boolean;

  @ApiPropertyOptional({ description: 'Annual interest on loans to workers, percent', example: 24 })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0)
  @Max(1000)
  loanInterestRatePercent?: number;

  @ApiPropertyOptional({ description: "Keeps workers' passports or identity documents" })
  @IsOptional()
  @IsBoolean()
  retainsDocuments?: boolean;
  @ApiPropertyOptional({
    description: "Gives the contract in the worker's language before departure",
  })
  @IsOptional()
  @IsBoolean()
  contractInWorkerLanguage?: boolean;
}

export class UpdateAgencyDto extends PartialType(CreateAgencyDto) {
  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';
}

export class CreateEngagementDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'must be a UUID' }) agencyId!: string;
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId!: string;
  @ApiProperty({ example: 'NP', description: 'Where workers are recruited' })
  @Transform(upper)
  @IsCountryCode()
  originCountry!: string;
  @ApiProperty({ example: 'MY', description: 'Where they work' })
  @Transform(upper)
  @IsCountryCode()
  destinationCountry!: string;
  @ApiProperty({ example: 240 })
  @IsInt({ message: 'must be a whole number' })
  @Min(0)
  @Max(1_000_000)
  workersPlaced!: number;

  @ApiProperty({ description: 'Monthly wage at the destination, in minor units', example: 170000 })
  @IsMinorUnits()
  @Min(1, { message: 'must be more than zero' })
  monthlyWageMinor!: number;

  @ApiProperty({ example: 'MYR' }) @Transform(upper) @IsCurrencyCode() wageCurrency!: string;
}

export class UpdateEngagementDto extends PartialType(CreateEngagementDto) {}

export class EngagementQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId?: string;
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  agencyId?: string;
}

export class CreateFxRateDto {
  @ApiProperty({ example: 'USD' }) @Transform(upper) @IsCurrencyCode() base!: string;
  @ApiProperty({ example: 'NPR' }) @Transform(upper) @IsCurrencyCode() quote!: string;

  @ApiProperty({
    example: '133.45',
    description: 'Quote units per one base unit, as a decimal string',
  })
  @Matches(/^(?!0+(\.0+)?$)\d{1,14}(\.\d{1,10})?$/, {
    message: 'must be a positive decimal string such as "133.45"',
  })
  rate!: string;

  @ApiProperty({ example: '2026-11-01' })
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  validOn!: string;

  @ApiProperty({ example: 'Central bank reference rate' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  source!: string;
}
