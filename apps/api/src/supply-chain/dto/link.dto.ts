import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCurrencyCode, IsMinorUnits } from '../../common/reference-validators';
import { upper } from '../../common/transforms';

/** Exactly one buyer: a reporting company (for its tier-1 sites) or a site (for its own suppliers). */
export class CreateLinkDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The reporting company buying directly (tier 1)',
  })
  @ValidateIf((dto: CreateLinkDto) => dto.buyerSupplierId === undefined)
  @IsUUID('all', { message: 'must be a UUID (give buyerCompanyId or buyerSupplierId)' })
  buyerCompanyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The site buying from the supplier' })
  @ValidateIf(
    (dto: CreateLinkDto) => dto.buyerCompanyId === undefined || dto.buyerSupplierId !== undefined,
  )
  @IsUUID('all', { message: 'must be a UUID (give buyerCompanyId or buyerSupplierId)' })
  buyerSupplierId?: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId!: string;

  @ApiPropertyOptional({ example: 'Knitted cotton fabric' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  commodity?: string;

  @ApiPropertyOptional({ description: 'Annual spend in minor units', example: 250000000 })
  @IsOptional()
  @IsMinorUnits()
  annualSpendMinor?: number;

  @ApiPropertyOptional({ example: 'USD' })
  @ValidateIf(
    (dto: CreateLinkDto) => dto.annualSpendMinor !== undefined || dto.spendCurrency !== undefined,
  )
  @Transform(upper)
  @IsCurrencyCode()
  spendCurrency?: string;
}

export class LinkQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Links into or out of this site' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId?: string;
}

export class LinkView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) buyerCompanyId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) buyerSupplierId!: string | null;
  @ApiProperty({ format: 'uuid' }) supplierId!: string;
  @ApiProperty({ nullable: true, type: String }) commodity!: string | null;
  @ApiProperty({ nullable: true, type: Number }) annualSpendMinor!: number | null;
  @ApiProperty({ nullable: true, type: String }) spendCurrency!: string | null;
}

export class GraphQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Start from a reporting company…' })
  @ValidateIf((query: GraphQuery) => query.supplierId === undefined)
  @IsUUID('all', { message: 'must be a UUID (give companyId or supplierId)' })
  companyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: '…or from a site' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  supplierId?: string;

  @ApiPropertyOptional({ default: 3, minimum: 1, maximum: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  depth = 3;

  @ApiPropertyOptional({
    enum: ['upstream', 'downstream'],
    default: 'upstream',
    description: 'upstream = towards suppliers',
  })
  @IsOptional()
  @IsIn(['upstream', 'downstream'])
  direction: 'upstream' | 'downstream' = 'upstream';
}

export class GraphNode {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['company', 'supplier'] }) kind!: 'company' | 'supplier';
  @ApiProperty() name!: string;
  @ApiProperty({ nullable: true, type: String }) country!: string | null;
  @ApiProperty({ nullable: true, type: String }) sector!: string | null;
  @ApiProperty({ nullable: true, type: Number }) tier!: number | null;
  @ApiProperty({ description: 'Hops from the start node' }) distance!: number;
}

export class GraphView {
  @ApiProperty({ type: [GraphNode] }) nodes!: GraphNode[];
  @ApiProperty({
    description: '[buyerId, supplierId] pairs',
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
  })
  edges!: [string, string][];
}
