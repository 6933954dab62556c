import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';

export class RiskHistoryQuery {
  @ApiPropertyOptional({
    default: 12,
    minimum: 1,
    maximum: 60,
    description: 'How many months back',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60)
  months = 12;
}

export class ReferenceEditionQuery {
  @ApiPropertyOptional({ description: 'Edition as the publisher names it', example: '2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(40)
  edition!: string;

  @ApiPropertyOptional({
    description: 'Where the file comes from (publisher, URL, date obtained)',
    example: 'US Department of State, TIP Report 2026, tier placements page, obtained 2026-07-01',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  source!: string;

  @ApiPropertyOptional({
    description: 'Licence under which your organisation holds the data',
    example: 'US government work, public domain',
  })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  licence!: string;
}
