import { ISIC_REFERENCE, SECTOR_TAXONOMY_VERSION, SECTORS, ROLES, type Sector } from '@app/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';

/** Reference data the forms and imports need: what each code means and where it comes from. */
@ApiTags('reference data')
@ApiBearerAuth()
@Controller('reference')
export class ReferenceController {
  @Get('sectors')
  @Roles(...ROLES)
  @ApiOperation({
    summary: 'The sector taxonomy (codes for suppliers and companies), mapped to ISIC Rev.4',
  })
  sectors(): { version: string; mappedTo: typeof ISIC_REFERENCE; sectors: readonly Sector[] } {
    return { version: SECTOR_TAXONOMY_VERSION, mappedTo: ISIC_REFERENCE, sectors: SECTORS };
  }
}
