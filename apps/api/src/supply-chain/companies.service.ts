import { DomainError } from '@app/domain';
import {
  InjectTenantRepository,
  ReportingCompany,
  TenantRepository,
  TenantScope,
} from '@app/persistence';
import { ActivityLogService, Actor } from '@app/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompanyView, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function companyView(company: ReportingCompany): CompanyView {
  return {
    id: company.id,
    name: company.name,
    registrationNumber: company.registrationNumber,
    hqCountry: company.hqCountry,
    sector: company.sector,
    annualTurnoverMinor: company.annualTurnoverMinor,
    turnoverCurrency: company.turnoverCurrency,
    financialYearEndMonth: company.financialYearEndMonth,
    financialYearEndDay: company.financialYearEndDay,
    createdAt: company.createdAt.toISOString(),
  };
}

/** The legal entities an organisation reports for. */
@Injectable()
export class CompaniesService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectTenantRepository(ReportingCompany)
    private readonly companies: TenantRepository<ReportingCompany>,
    private readonly activity: ActivityLogService,
  ) {}

  async list(scope: TenantScope): Promise<CompanyView[]> {
    return (await this.companies.find(scope, { order: { name: 'ASC', id: 'ASC' } })).map(
      companyView,
    );
  }

  async get(scope: TenantScope, id: string): Promise<CompanyView> {
    return companyView(await this.companies.getById(scope, id));
  }

  create(scope: TenantScope, actor: Actor, dto: CreateCompanyDto): Promise<CompanyView> {
    assertFinancialYearEnd(dto.financialYearEndMonth, dto.financialYearEndDay);
    return this.dataSource.transaction(async (manager) => {
      const company = await this.companies.within(manager).insert(scope, {
        ...dto,
        registrationNumber: dto.registrationNumber ?? null,
        annualTurnoverMinor: dto.annualTurnoverMinor ?? null,
        turnoverCurrency: dto.turnoverCurrency ?? null,
      });
      const view = companyView(company);
      await this.activity.append(manager, scope, actor, {
        action: 'company.created',
        entityType: 'company',
        entityId: company.id,
        after: { ...view },
      });
      return view;
    });
  }

  update(
    scope: TenantScope,
    actor: Actor,
    id: string,
    dto: UpdateCompanyDto,
  ): Promise<CompanyView> {
    return this.dataSource.transaction(async (manager) => {
      const companies = this.companies.within(manager);
      const company = await companies.getById(scope, id);
      const before = companyView(company);
      Object.assign(company, dto);
      assertFinancialYearEnd(company.financialYearEndMonth, company.financialYearEndDay);
      if (company.annualTurnoverMinor !== null && !company.turnoverCurrency) {
        throw DomainError.invalid('turnoverCurrency', 'is required with annualTurnoverMinor');
      }
      const view = companyView(await companies.save(scope, company));
      await this.activity.append(manager, scope, actor, {
        action: 'company.updated',
        entityType: 'company',
        entityId: id,
        before: { ...before },
        after: { ...view },
      });
      return view;
    });
  }
}

function assertFinancialYearEnd(month: number, day: number): void {
  if (day > DAYS_IN_MONTH[month - 1]) {
    throw DomainError.invalid(
      'financialYearEndDay',
      `must be a day of month ${month} (at most ${DAYS_IN_MONTH[month - 1]})`,
    );
  }
}
