import { DomainError } from '@app/domain';
import {
  InjectTenantRepository,
  PolicyDocument,
  ReportingCompany,
  TenantRepository,
  today,
  TrainingSession,
  type PolicyTopic,
  type TrainingAudience,
} from '@app/persistence';
import { ActivityLogService, type Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import type { CreatePolicyDto, CreateTrainingSessionDto } from './statement-sources.dto';

/**
 * What the statement's policies and training sections are made of: records an officer keeps as
 * policies are adopted and training is given, so the figures are the records', not typed later.
 */
@Injectable()
export class StatementSourcesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(PolicyDocument)
    private readonly policies: TenantRepository<PolicyDocument>,
    @InjectTenantRepository(TrainingSession)
    private readonly trainings: TenantRepository<TrainingSession>,
    @InjectTenantRepository(ReportingCompany)
    private readonly companies: TenantRepository<ReportingCompany>,
    private readonly activity: ActivityLogService,
  ) {}

  async addPolicy(auth: AuthContext, actor: Actor, dto: CreatePolicyDto) {
    if (dto.adoptedOn > today())
      throw DomainError.invalid('adoptedOn', 'must not be in the future');
    const policy = await this.dataSource.transaction(async (manager) => {
      if (dto.companyId)
        await this.companies.within(manager).getReference(auth, dto.companyId, 'companyId');
      const created = await this.policies.within(manager).insert(auth, {
        companyId: dto.companyId ?? null,
        title: dto.title,
        topic: dto.topic as PolicyTopic,
        version: dto.version,
        adoptedOn: dto.adoptedOn,
        url: dto.url ?? null,
        summary: dto.summary ?? null,
      });
      await this.activity.append(manager, auth, actor, {
        action: 'policy.registered',
        entityType: 'policy_document',
        entityId: created.id,
        after: { title: created.title, version: created.version, adoptedOn: created.adoptedOn },
      });
      return created;
    });
    return policyView(policy);
  }

  async listPolicies(auth: AuthContext) {
    return (await this.policies.find(auth, { order: { adoptedOn: 'DESC', title: 'ASC' } })).map(
      policyView,
    );
  }

  async addTraining(auth: AuthContext, actor: Actor, dto: CreateTrainingSessionDto) {
    if (dto.heldOn > today()) throw DomainError.invalid('heldOn', 'must not be in the future');
    const session = await this.dataSource.transaction(async (manager) => {
      if (dto.companyId)
        await this.companies.within(manager).getReference(auth, dto.companyId, 'companyId');
      const created = await this.trainings.within(manager).insert(auth, {
        companyId: dto.companyId ?? null,
        heldOn: dto.heldOn,
        topic: dto.topic,
        audience: dto.audience as TrainingAudience,
        peopleTrained: dto.peopleTrained,
        provider: dto.provider ?? null,
      });
      await this.activity.append(manager, auth, actor, {
        action: 'training.recorded',
        entityType: 'training_session',
        entityId: created.id,
        after: {
          heldOn: created.heldOn,
          audience: created.audience,
          people: created.peopleTrained,
        },
      });
      return created;
    });
    return trainingView(session);
  }

  async listTraining(auth: AuthContext) {
    return (await this.trainings.find(auth, { order: { heldOn: 'DESC' } })).map(trainingView);
  }
}

const policyView = (policy: PolicyDocument) => ({
  id: policy.id,
  companyId: policy.companyId,
  title: policy.title,
  topic: policy.topic,
  version: policy.version,
  adoptedOn: policy.adoptedOn,
  url: policy.url,
  summary: policy.summary,
});

const trainingView = (session: TrainingSession) => ({
  id: session.id,
  companyId: session.companyId,
  heldOn: session.heldOn,
  topic: session.topic,
  audience: session.audience,
  peopleTrained: session.peopleTrained,
  provider: session.provider,
});
