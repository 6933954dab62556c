import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RISK_BANDS } from '@app/domain';
import { IsCountryCode, IsSectorCode } from '../../common/reference-validators';
import { trim, upper } from '../../common/transforms';

const RISK_BAND_FILTERS = [...RISK_BANDS, 'unscored'] as const;

const count = () => [
  IsInt({ message: 'must be a whole number' }),
  Min(0, { message: 'must not be negative' }),
  Max(10_000_000),
];
const apply =
  (decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) =>
    decorators.forEach((decorator) => decorator(target, key));

export class CreateSupplierDto {
  @ApiPropertyOptional({
    description: 'Your own identifier for the site; bulk imports match on it',
    example: 'VN-HCM-0042',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  externalId?: string;

  @ApiProperty({ example: 'Saigon Stitch Garment Co.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({
    example: '12 Tan Thuan Export Processing Zone, District 7, Ho Chi Minh City',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  address?: string;

  @ApiProperty({ example: 'VN', description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsCountryCode()
  country!: string;

  @ApiProperty({
    example: 'apparel_manufacturing',
    description: 'A code from GET /reference/sectors',
  })
  @IsSectorCode()
  sector!: string;

  @ApiPropertyOptional({ example: 'Knitted T-shirts, polo shirts' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  products?: string;

  @ApiPropertyOptional({ example: '6109', description: 'Harmonized System code, 2 to 10 digits' })
  @IsOptional()
  @Matches(/^\d{2,10}$/, { message: 'must be 2 to 10 digits' })
  hsCode?: string;

  @ApiPropertyOptional({ minimum: 0, example: 850 })
  @IsOptional()
  @apply(count())
  workforceTotal?: number;
  @ApiPropertyOptional({ minimum: 0, example: 310 })
  @IsOptional()
  @apply(count())
  workforceMigrant?: number;
  @ApiPropertyOptional({ minimum: 0, example: 640 })
  @IsOptional()
  @apply(count())
  workforceFemale?: number;
  @ApiPropertyOptional({ minimum: 0, example: 120 })
  @IsOptional()
  @apply(count())
  workforceAgency?: number;

  @ApiPropertyOptional({ description: 'Legal Entity Identifier (20 characters)' })
  @IsOptional()
  @Matches(/^[A-Z0-9]{18}[0-9]{2}$/, { message: 'must be a 20-character LEI' })
  lei?: string;

  @ApiPropertyOptional({ description: 'D-U-N-S number (9 digits)' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'must be 9 digits' })
  duns?: string;

  @ApiPropertyOptional({ description: 'Open Supply Hub OS ID', example: 'VN2019123ABCDEF' })
  @IsOptional()
  @Matches(/^[A-Z]{2}\d{7}[A-Z0-9]{6}$/, {
    message: 'must be an Open Supply Hub OS ID such as VN2019123ABCDEF',
  })
  osId?: string;

  @ApiPropertyOptional({ example: 'compliance@saigonstitch.example' })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'must be a valid e-mail address' })
  contactEmail?: string;
}

export class UpdateSupplierDto extends PartialType(CreateSupplierDto) {
  @ApiPropertyOptional({
    enum: ['active', 'archived'],
    description: 'Archive a site instead of deleting it',
  })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';
}

export class SupplierQuery {
  @ApiPropertyOptional({ example: 'VN' })
  @IsOptional()
  @Transform(upper)
  @IsCountryCode()
  country?: string;
  @ApiPropertyOptional() @IsOptional() @IsSectorCode() sector?: string;
  @ApiPropertyOptional({ description: 'A tier number, or "unmapped"', example: '2' })
  @IsOptional()
  @Matches(/^([1-9]\d?|unmapped)$/, { message: 'must be a tier number (1, 2, ...) or "unmapped"' })
  tier?: string;
  @ApiPropertyOptional({ enum: ['active', 'archived', 'all'], default: 'active' })
  @IsOptional()
  @IsIn(['active', 'archived', 'all'])
  status: 'active' | 'archived' | 'all' = 'active';
  @ApiPropertyOptional({
    enum: RISK_BAND_FILTERS,
    description: 'Sites whose current risk is in this band ("unscored": not calculated yet)',
  })
  @IsOptional()
  @IsIn(RISK_BAND_FILTERS)
  riskBand?: (typeof RISK_BAND_FILTERS)[number];
  @ApiPropertyOptional({ description: 'Text search in the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ description: 'Cursor from the previous page (nextCursor)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class SupplierView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ nullable: true, type: String }) externalId!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) address!: string | null;
  @ApiProperty() country!: string;
  @ApiProperty() sector!: string;
  @ApiProperty({ nullable: true, type: String }) products!: string | null;
  @ApiProperty({ nullable: true, type: String }) hsCode!: string | null;
  @ApiProperty() workforceTotal!: number;
  @ApiProperty() workforceMigrant!: number;
  @ApiProperty() workforceFemale!: number;
  @ApiProperty() workforceAgency!: number;
  @ApiProperty({ nullable: true, type: String }) lei!: string | null;
  @ApiProperty({ nullable: true, type: String }) duns!: string | null;
  @ApiProperty({ nullable: true, type: String }) osId!: string | null;
  @ApiProperty({ enum: ['active', 'archived'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) contactEmail!: string | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Shortest distance from a reporting company; null = unmapped',
  })
  tier!: number | null;
  @ApiProperty() updatedAt!: string;
}

export class SupplierPage {
  @ApiProperty({ type: [SupplierView] }) items!: SupplierView[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}
