import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import {
  IsCountryCode,
  IsCurrencyCode,
  IsMinorUnits,
  IsSectorCode,
} from '../../common/reference-validators';
import { trim, upper } from '../../common/transforms';

export class CreateCompanyDto {
  @ApiProperty({ example: 'Northwind Apparel UK Ltd' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: '01234567' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(64)
  registrationNumber?: string;

  @ApiProperty({ example: 'GB' })
  @Transform(upper)
  @IsCountryCode()
  hqCountry!: string;

  @ApiProperty({ example: 'apparel_manufacturing' })
  @IsSectorCode()
  sector!: string;

  @ApiPropertyOptional({
    description: 'Annual turnover in minor units (pence for GBP)',
    example: 12000000000,
  })
  @IsOptional()
  @IsMinorUnits()
  annualTurnoverMinor?: number;

  @ApiPropertyOptional({ example: 'GBP' })
  @ValidateIf(
    (dto: CreateCompanyDto) =>
      dto.annualTurnoverMinor !== undefined || dto.turnoverCurrency !== undefined,
  )
  @Transform(upper)
  @IsCurrencyCode()
  turnoverCurrency?: string;

  @ApiProperty({
    minimum: 1,
    maximum: 12,
    example: 3,
    description: 'Month the financial year ends',
  })
  @IsInt()
  @Min(1)
  @Max(12)
  financialYearEndMonth!: number;

  @ApiProperty({ minimum: 1, maximum: 31, example: 31 })
  @IsInt()
  @Min(1)
  @Max(31)
  financialYearEndDay!: number;
}

export class UpdateCompanyDto extends PartialType(CreateCompanyDto) {}

export class CompanyView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) registrationNumber!: string | null;
  @ApiProperty() hqCountry!: string;
  @ApiProperty() sector!: string;
  @ApiProperty({ nullable: true, type: Number }) annualTurnoverMinor!: number | null;
  @ApiProperty({ nullable: true, type: String }) turnoverCurrency!: string | null;
  @ApiProperty() financialYearEndMonth!: number;
  @ApiProperty() financialYearEndDay!: number;
  @ApiProperty() createdAt!: string;
}
