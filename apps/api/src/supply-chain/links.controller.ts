import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { CreateLinkDto, GraphQuery, GraphView, LinkQuery, LinkView } from './dto/link.dto';
import { LinksService } from './links.service';

@ApiTags('supply chain')
@ApiBearerAuth()
@Controller()
export class LinksController {
  constructor(private readonly links: LinksService) {}

  @Get('supply-links')
  @Roles('admin', 'compliance_officer', 'executive')
  list(@CurrentUser() auth: AuthContext, @Query() query: LinkQuery): Promise<LinkView[]> {
    return this.links.list(auth, query.supplierId);
  }

  @Post('supply-links')
  @Roles('admin', 'compliance_officer')
  @ApiOperation({
    summary: 'Record that a company or a site buys from a site (tiers update in the background)',
  })
  create(@CurrentUser() auth: AuthContext, @Body() dto: CreateLinkDto): Promise<LinkView> {
    return this.links.create(auth, actorOf(auth), dto);
  }

  @Delete('supply-links/:id')
  @HttpCode(204)
  @Roles('admin', 'compliance_officer')
  remove(@CurrentUser() auth: AuthContext, @Param('id') id: string): Promise<void> {
    return this.links.remove(auth, actorOf(auth), id);
  }

  @Get('supply-chain/graph')
  @Roles('admin', 'compliance_officer', 'executive')
  @ApiOperation({
    summary: 'Nodes and edges within n hops of a company or site, for visualising the chain',
  })
  graph(@CurrentUser() auth: AuthContext, @Query() query: GraphQuery): Promise<GraphView> {
    return this.links.graph(auth, query);
  }
}
