import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { CompaniesService } from './companies.service';
import { CompanyView, CreateCompanyDto, UpdateCompanyDto } from './dto/company.dto';

@ApiTags('supply chain')
@ApiBearerAuth()
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Get()
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({ summary: 'The legal entities the organisation reports for' })
  list(@CurrentUser() auth: AuthContext): Promise<CompanyView[]> {
    return this.companies.list(auth);
  }

  @Get(':id')
  @Roles('admin', 'compliance_officer', 'executive')
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string): Promise<CompanyView> {
    return this.companies.get(auth, id);
  }

  @Post()
  @Roles('admin', 'compliance_officer')
  create(@CurrentUser() auth: AuthContext, @Body() dto: CreateCompanyDto): Promise<CompanyView> {
    return this.companies.create(auth, actorOf(auth), dto);
  }

  @Patch(':id')
  @Roles('admin', 'compliance_officer')
  update(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: UpdateCompanyDto,
  ): Promise<CompanyView> {
    return this.companies.update(auth, actorOf(auth), id, dto);
  }
}
