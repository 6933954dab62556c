import { POLICY_TOPICS, TRAINING_AUDIENCES } from '@app/persistence';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
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

export class CreatePolicyDto {
  @ApiPropertyOptional({ description: 'A reporting company; omit for every company' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiProperty({ example: 'Employer Pays policy on recruitment fees' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ enum: POLICY_TOPICS })
  @IsIn(POLICY_TOPICS, { message: `must be one of: ${POLICY_TOPICS.join(', ')}` })
  topic!: string;

  @ApiProperty({ example: '2.1' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  version!: string;

  @ApiProperty({ example: '2026-02-01' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  adoptedOn!: string;

  @ApiPropertyOptional({ example: 'https://example.com/policies/employer-pays.pdf' })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  summary?: string;
}

export class CreateTrainingSessionDto {
  @ApiPropertyOptional({ description: 'A reporting company; omit for every company' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiProperty({ example: '2026-05-14' })
  @IsISO8601({ strict: true }, DATE_MESSAGE)
  heldOn!: string;

  @ApiProperty({ example: 'Recognising forced-labour indicators in supplier visits' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  topic!: string;

  @ApiProperty({ enum: TRAINING_AUDIENCES })
  @IsIn(TRAINING_AUDIENCES, { message: `must be one of: ${TRAINING_AUDIENCES.join(', ')}` })
  audience!: string;

  @ApiProperty({ example: 24 })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  peopleTrained!: number;

  @ApiPropertyOptional({ example: 'Fair Labour Partners' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  provider?: string;
}
