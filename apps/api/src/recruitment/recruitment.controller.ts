import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { FxRatesService } from './fx-rates.service';
import {
  CreateAgencyDto,
  CreateEngagementDto,
  CreateFxRateDto,
  EngagementQuery,
  UpdateAgencyDto,
  UpdateEngagementDto,
} from './recruitment.dto';
import { RecruitmentService } from './recruitment.service';

const READERS = ['admin', 'compliance_officer', 'executive'] as const;
const EDITORS = ['admin', 'compliance_officer'] as const;

@ApiTags('recruitment')
@ApiBearerAuth()
@Controller()
export class RecruitmentController {
  constructor(
    private readonly recruitment: RecruitmentService,
    private readonly fxRates: FxRatesService,
  ) {}

  @Get('agencies')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Recruitment agencies and their fee practice' })
  listAgencies(@CurrentUser() auth: AuthContext) {
    return this.recruitment.listAgencies(auth);
  }

  @Get('agencies/:id')
  @Roles(...READERS)
  getAgency(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.recruitment.getAgency(auth, id);
  }

  @Post('agencies')
  @Roles(...EDITORS)
  createAgency(@CurrentUser() auth: AuthContext, @Body() dto: CreateAgencyDto) {
    return this.recruitment.createAgency(auth, actorOf(auth), dto);
  }

  @Patch('agencies/:id')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Edit an agency; changed fees re-derive its engagements’ fee burden' })
  updateAgency(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: UpdateAgencyDto,
  ) {
    return this.recruitment.updateAgency(auth, actorOf(auth), id, dto);
  }

  @Get('engagements')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'Agencies placing workers at sites, by corridor, with fees in months of wages',
  })
  listEngagements(@CurrentUser() auth: AuthContext, @Query() query: EngagementQuery) {
    return this.recruitment.listEngagements(auth, query);
  }

  @Post('engagements')
  @Roles(...EDITORS)
  createEngagement(@CurrentUser() auth: AuthContext, @Body() dto: CreateEngagementDto) {
    return this.recruitment.createEngagement(auth, actorOf(auth), dto);
  }

  @Patch('engagements/:id')
  @Roles(...EDITORS)
  updateEngagement(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: UpdateEngagementDto,
  ) {
    return this.recruitment.updateEngagement(auth, actorOf(auth), id, dto);
  }

  @Delete('engagements/:id')
  @HttpCode(204)
  @Roles(...EDITORS)
  removeEngagement(@CurrentUser() auth: AuthContext, @Param('id') id: string): Promise<void> {
    return this.recruitment.removeEngagement(auth, actorOf(auth), id);
  }

  @Get('fx-rates')
  @Roles(...READERS)
  listRates(@CurrentUser() auth: AuthContext) {
    return this.fxRates.list(auth);
  }

  @Post('fx-rates')
  @Roles(...EDITORS)
  @ApiOperation({
    summary: 'Add a dated exchange rate; engagements whose fee burden was unknown are filled in',
  })
  createRate(@CurrentUser() auth: AuthContext, @Body() dto: CreateFxRateDto) {
    return this.fxRates.create(auth, actorOf(auth), dto);
  }
}
