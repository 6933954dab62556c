import { ActivityLogEntry, InjectTenantRepository, TenantRepository } from '@app/persistence';
import { Controller, Get, Injectable, Param, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumberString, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LessThan } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { CurrentUser, Roles } from '../auth/access.decorators';

export class ActivityQuery {
  @ApiPropertyOptional({ example: 'user' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional({ description: 'Cursor: entries older than this id (from nextBefore)' })
  @IsOptional()
  @IsNumberString({ no_symbols: true }, { message: 'must be an entry id' })
  @MaxLength(18)
  before?: string;
  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;
}

export class ActivityEntryView {
  @ApiProperty() id!: string;
  @ApiProperty() occurredAt!: string;
  @ApiProperty({ enum: ['user', 'system'] }) actorKind!: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId!: string | null;
  @ApiProperty({ example: 'user.invited' }) action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty() entityId!: string;
  @ApiProperty({ nullable: true, type: Object }) before!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: Object }) after!: Record<string, unknown> | null;
  @ApiProperty({ nullable: true, type: String }) requestId!: string | null;
}

export class ActivityPage {
  @ApiProperty({ type: [ActivityEntryView] }) items!: ActivityEntryView[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as ?before= for the next page' })
  nextBefore!: string | null;
}

const view = (entry: ActivityLogEntry): ActivityEntryView => ({
  id: entry.id,
  occurredAt: entry.occurredAt.toISOString(),
  actorKind: entry.actorKind,
  actorUserId: entry.actorUserId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: entry.before,
  after: entry.after,
  requestId: entry.requestId,
});

/** Read-only by design: there is no route that changes or deletes an entry. */
@Injectable()
export class ActivityService {
  constructor(
    @InjectTenantRepository(ActivityLogEntry)
    private readonly entries: TenantRepository<ActivityLogEntry>,
  ) {}

  async page(auth: AuthContext, query: ActivityQuery): Promise<ActivityPage> {
    const items = await this.entries.find(auth, {
      where: {
        ...(query.entityType ? { entityType: query.entityType } : {}),
        ...(query.entityId ? { entityId: query.entityId } : {}),
        ...(query.before ? { id: LessThan(query.before) } : {}),
      },
      order: { id: 'DESC' },
      take: query.limit,
    });
    return {
      items: items.map(view),
      nextBefore: items.length === query.limit ? items[items.length - 1].id : null,
    };
  }

  async get(auth: AuthContext, id: string): Promise<ActivityEntryView> {
    return view(await this.entries.getById(auth, id));
  }
}

@ApiTags('activity')
@ApiBearerAuth()
@Controller('activity')
@Roles('admin', 'compliance_officer')
export class ActivityController {
  constructor(private readonly activity: ActivityService) {}

  @Get()
  @ApiOperation({ summary: 'Who changed what and when, newest first (append-only)' })
  page(@CurrentUser() auth: AuthContext, @Query() query: ActivityQuery): Promise<ActivityPage> {
    return this.activity.page(auth, query);
  }

  @Get(':id')
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string): Promise<ActivityEntryView> {
    return this.activity.get(auth, id);
  }
}
