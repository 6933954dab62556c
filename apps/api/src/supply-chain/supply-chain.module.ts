import { ReportingCompany, Supplier, SupplyLink, tenantRepositoryProvider } from '@app/persistence';
import { Module } from '@nestjs/common';
import { CompaniesController } from './companies.controller';
import { CompaniesService } from './companies.service';
import { LinksController } from './links.controller';
import { LinksService } from './links.service';
import { ReferenceController } from './reference.controller';
import { SuppliersController } from './suppliers.controller';
import { SuppliersService } from './suppliers.service';

/** Reporting companies, supplier sites, who buys from whom, and the reference data they use. */
@Module({
  controllers: [CompaniesController, SuppliersController, LinksController, ReferenceController],
  providers: [
    CompaniesService,
    SuppliersService,
    LinksService,
    tenantRepositoryProvider(ReportingCompany, 'Company'),
    tenantRepositoryProvider(Supplier, 'Supplier'),
    tenantRepositoryProvider(SupplyLink, 'Supply link'),
  ],
  exports: [tenantRepositoryProvider(Supplier, 'Supplier'), SuppliersService],
})
export class SupplyChainModule {}
