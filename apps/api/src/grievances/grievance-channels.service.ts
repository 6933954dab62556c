import { APP_CONFIG, type AppConfig } from '@app/config';
import { CHANNEL_LANGUAGES, isChannelLanguage, renderGrievancePosterPdf } from '@app/documents';
import { DomainError, formatChannelCode, newChannelCode } from '@app/domain';
import {
  GrievanceChannel,
  InjectTenantRepository,
  RecruitmentAgency,
  Supplier,
  TenantRepository,
} from '@app/persistence';
import { ActivityLogService, type Actor } from '@app/platform';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import type { CreateChannelDto } from './grievances.dto';

const view = (channel: GrievanceChannel, appUrl: string) => ({
  id: channel.id,
  name: channel.name,
  code: formatChannelCode(channel.code),
  publicUrl: `${appUrl}/g/${formatChannelCode(channel.code)}`,
  supplierId: channel.supplierId,
  agencyId: channel.agencyId,
  corridor:
    channel.originCountry || channel.destinationCountry
      ? { from: channel.originCountry, to: channel.destinationCountry }
      : null,
  languages: channel.languages,
  status: channel.status,
  createdAt: channel.createdAt.toISOString(),
});

/** Channels are the organisation's (officers and admins); they hold no report. */
@Injectable()
export class GrievanceChannelsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(GrievanceChannel)
    private readonly channels: TenantRepository<GrievanceChannel>,
    @InjectTenantRepository(Supplier) private readonly suppliers: TenantRepository<Supplier>,
    @InjectTenantRepository(RecruitmentAgency)
    private readonly agencies: TenantRepository<RecruitmentAgency>,
    private readonly activity: ActivityLogService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async open(auth: AuthContext, actor: Actor, dto: CreateChannelDto) {
    if (Boolean(dto.supplierId) === Boolean(dto.agencyId))
      throw DomainError.invalid('supplierId', 'name either a site or an agency');
    const unknown = dto.languages.findIndex((language) => !isChannelLanguage(language));
    if (unknown >= 0)
      throw DomainError.invalid(
        `languages.${unknown}`,
        `must be one of ${CHANNEL_LANGUAGES.map((language) => language.code).join(', ')}`,
      );
    const channel = await this.dataSource.transaction(async (manager) => {
      if (dto.supplierId)
        await this.suppliers.within(manager).getActiveReference(auth, dto.supplierId, 'supplierId');
      if (dto.agencyId)
        await this.agencies.within(manager).getActiveReference(auth, dto.agencyId, 'agencyId');
      const created = await this.channels.within(manager).insert(auth, {
        code: newChannelCode().replaceAll('-', ''),
        name: dto.name,
        supplierId: dto.supplierId ?? null,
        agencyId: dto.agencyId ?? null,
        originCountry: dto.originCountry ?? null,
        destinationCountry: dto.destinationCountry ?? null,
        languages: [...new Set(dto.languages)],
        status: 'open',
        createdBy: auth.userId,
      });
      await this.activity.append(manager, auth, actor, {
        action: 'grievance_channel.opened',
        entityType: 'grievance_channel',
        entityId: created.id,
        after: { name: created.name, languages: created.languages },
      });
      return created;
    });
    return view(channel, this.config.APP_URL);
  }

  async list(auth: AuthContext) {
    const channels = await this.channels.find(auth, { order: { createdAt: 'DESC' } });
    return channels.map((channel) => view(channel, this.config.APP_URL));
  }

  async get(auth: AuthContext, id: string) {
    return view(await this.channels.getById(auth, id), this.config.APP_URL);
  }

  async close(auth: AuthContext, actor: Actor, id: string) {
    await this.dataSource.transaction(async (manager) => {
      const channel = await this.channels.within(manager).getById(auth, id, { lock: true });
      channel.status = 'closed';
      await this.channels.within(manager).save(auth, channel);
      await this.activity.append(manager, auth, actor, {
        action: 'grievance_channel.closed',
        entityType: 'grievance_channel',
        entityId: id,
      });
    });
    return this.get(auth, id);
  }

  /** The notice-board poster: QR code, code to type, what to report, the promises, per language. */
  async poster(auth: AuthContext, id: string): Promise<{ filename: string; pdf: Buffer }> {
    const channel = await this.channels.getById(auth, id);
    if (channel.status !== 'open') throw DomainError.conflict('The channel is closed');
    const [names]: { organisation: string; site: string }[] = await this.dataSource.query(
      `SELECT o.name AS organisation, COALESCE(s.name, a.name) AS site
         FROM organisations o
         LEFT JOIN suppliers s ON s.id = $2
         LEFT JOIN recruitment_agencies a ON a.id = $3
        WHERE o.id = $1`,
      [auth.organisationId, channel.supplierId, channel.agencyId],
    );
    const code = formatChannelCode(channel.code);
    const pdf = await renderGrievancePosterPdf({
      organisationName: names.organisation,
      siteName: names.site,
      publicUrl: `${this.config.APP_URL}/g/${code}`,
      code,
      languages: channel.languages,
    });
    return { filename: `grievance-poster-${code}.pdf`, pdf };
  }
}
