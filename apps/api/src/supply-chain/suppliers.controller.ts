import { streamCsv } from '../common/stream-csv';
import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import {
  CreateSupplierDto,
  SupplierPage,
  SupplierQuery,
  SupplierView,
  UpdateSupplierDto,
} from './dto/supplier.dto';
import { SuppliersService } from './suppliers.service';

@ApiTags('supply chain')
@ApiBearerAuth()
@Controller('suppliers')
export class SuppliersController {
  constructor(private readonly suppliers: SuppliersService) {}

  @Get()
  @Roles('admin', 'compliance_officer', 'executive', 'supplier')
  @ApiOperation({
    summary: 'Supplier sites, filtered, in name order (a supplier user sees only their own site)',
  })
  list(@CurrentUser() auth: AuthContext, @Query() query: SupplierQuery): Promise<SupplierPage> {
    return this.suppliers.list(auth, query);
  }

  @Get('export.csv')
  @Roles('admin', 'compliance_officer', 'executive', 'supplier')
  @ApiProduces('text/csv')
  @ApiOperation({ summary: 'The filtered list as CSV (all pages), for spreadsheets' })
  async exportCsv(
    @CurrentUser() auth: AuthContext,
    @Query() query: SupplierQuery,
    @Res() res: Response,
  ): Promise<void> {
    await streamCsv(res, 'suppliers.csv', this.suppliers.exportCsv(auth, query));
  }

  @Get(':id')
  @Roles('admin', 'compliance_officer', 'executive', 'supplier')
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string): Promise<SupplierView> {
    return this.suppliers.get(auth, id);
  }

  @Post()
  @Roles('admin', 'compliance_officer')
  @ApiOperation({ summary: 'Add a supplier site' })
  create(@CurrentUser() auth: AuthContext, @Body() dto: CreateSupplierDto): Promise<SupplierView> {
    return this.suppliers.create(auth, actorOf(auth), dto);
  }

  @Patch(':id')
  @Roles('admin', 'compliance_officer')
  @ApiOperation({ summary: 'Edit a site, or archive it (status: archived) instead of deleting it' })
  update(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: UpdateSupplierDto,
  ): Promise<SupplierView> {
    return this.suppliers.update(auth, actorOf(auth), id, dto);
  }
}
