import { Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { readCsvBody } from '../common/body-parsing';
import { PortfolioRiskService } from './portfolio-risk.service';
import { RecalculationsService } from './recalculations.service';
import { ReferenceEditionsService } from './reference-editions.service';
import { ReferenceEditionQuery, RiskHistoryQuery } from './risk.dto';
import { SiteRiskService } from './site-risk.service';

@ApiTags('risk')
@ApiBearerAuth()
@Controller()
export class RiskController {
  constructor(
    private readonly sites: SiteRiskService,
    private readonly portfolio: PortfolioRiskService,
    private readonly recalculations: RecalculationsService,
    private readonly references: ReferenceEditionsService,
  ) {}

  @Get('suppliers/:id/risk')
  @Roles('admin', 'compliance_officer', 'executive', 'supplier')
  @ApiOperation({
    summary:
      'A site’s risk score and band with its explanation: each factor, its value, points and source (a supplier user sees the factors it can act on)',
  })
  siteRisk(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.sites.explain(auth, id);
  }

  @Get('suppliers/:id/risk/history')
  // Not for supplier users: the monthly totals include grievances, which they must not infer.
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({ summary: 'The site’s score at the end of each month' })
  siteHistory(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query() query: RiskHistoryQuery,
  ) {
    return this.sites.history(auth, id, query.months);
  }

  @Get('companies/:id/risk')
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({
    summary:
      'Portfolio risk of a reporting company: sites per band and per tier, a country × sector heatmap, the 20 highest-scoring sites with their main factor',
  })
  portfolioSummary(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.portfolio.summary(auth, id);
  }

  @Get('companies/:id/risk/history')
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({ summary: 'The company’s portfolio risk at the end of each month' })
  portfolioHistory(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Query() query: RiskHistoryQuery,
  ) {
    return this.portfolio.history(auth, id, query.months);
  }

  @Post('risk/recalculations')
  @HttpCode(202)
  @Roles('admin', 'compliance_officer')
  @ApiOperation({
    summary: 'Recalculate every site of the organisation; follow GET /risk/recalculations/:id',
  })
  requestRecalculation(@CurrentUser() auth: AuthContext) {
    return this.recalculations.request(auth, actorOf(auth));
  }

  @Get('risk/recalculations')
  @Roles('admin', 'compliance_officer', 'executive')
  listRecalculations(@CurrentUser() auth: AuthContext) {
    return this.recalculations.list(auth);
  }

  @Get('risk/recalculations/:id')
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({ summary: 'Progress of a full recalculation (sites done of total)' })
  getRecalculation(@CurrentUser() auth: AuthContext, @Param('id') id: string) {
    return this.recalculations.get(auth, id);
  }

  @Get('risk/reference')
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({
    summary:
      'The reference tables the model uses: edition in use, source, licence, and editions loaded',
  })
  reference(@CurrentUser() auth: AuthContext) {
    return this.references.list(auth);
  }

  @Post('risk/reference/:table')
  @Roles('admin')
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'The table as CSV (columns in README "Risk reference data")',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({
    summary:
      'Load a new edition of a reference table (tip-tiers, dol-goods, dol-downstream, sector-weights, slavery-index); every site is then recalculated',
  })
  async loadReference(
    @CurrentUser() auth: AuthContext,
    @Param('table') table: string,
    @Query() query: ReferenceEditionQuery,
    @Req() req: Request,
  ) {
    return this.references.load(auth, actorOf(auth), table, query, await readCsvBody(req));
  }
}
