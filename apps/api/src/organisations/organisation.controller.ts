import { ROLES } from '@app/domain';
import { Organisation } from '@app/persistence';
import { ActivityLogService } from '@app/platform';
import { Body, Controller, Get, Injectable, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { CurrentUser, Roles } from '../auth/access.decorators';

export class OrganisationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() createdAt!: string;
}

export class RenameOrganisationDto {
  @ApiProperty({ example: 'Northwind Apparel Group' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

const view = (organisation: Organisation): OrganisationView => ({
  id: organisation.id,
  name: organisation.name,
  createdAt: organisation.createdAt.toISOString(),
});

/** The caller's own organisation: the tenant is the scope itself, so it is looked up by the token's id. */
@Injectable()
export class OrganisationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activity: ActivityLogService,
  ) {}

  async current(auth: AuthContext): Promise<OrganisationView> {
    return view(
      await this.dataSource
        .getRepository(Organisation)
        .findOneByOrFail({ id: auth.organisationId }),
    );
  }

  rename(auth: AuthContext, name: string): Promise<OrganisationView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneOrFail(Organisation, {
        where: { id: auth.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      const before = { name: organisation.name };
      organisation.name = name;
      await manager.save(organisation);
      await this.activity.append(manager, auth, actorOf(auth), {
        action: 'organisation.renamed',
        entityType: 'organisation',
        entityId: organisation.id,
        before,
        after: { name },
      });
      return view(organisation);
    });
  }
}

@ApiTags('organisation')
@ApiBearerAuth()
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly organisations: OrganisationService) {}

  @Get()
  @Roles(...ROLES)
  current(@CurrentUser() auth: AuthContext): Promise<OrganisationView> {
    return this.organisations.current(auth);
  }

  @Patch()
  @Roles('admin')
  rename(
    @CurrentUser() auth: AuthContext,
    @Body() dto: RenameOrganisationDto,
  ): Promise<OrganisationView> {
    return this.organisations.rename(auth, dto.name);
  }
}
