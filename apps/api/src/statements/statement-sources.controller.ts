import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { CreatePolicyDto, CreateTrainingSessionDto } from './statement-sources.dto';
import { StatementSourcesService } from './statement-sources.service';

const EDITORS = ['admin', 'compliance_officer'] as const;
const READERS = ['admin', 'compliance_officer', 'executive'] as const;

@ApiTags('statements')
@ApiBearerAuth()
@Controller()
export class StatementSourcesController {
  constructor(private readonly sources: StatementSourcesService) {}

  @Post('policies')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Register an adopted policy (title, topic, version, adoption date)' })
  addPolicy(@CurrentUser() auth: AuthContext, @Body() dto: CreatePolicyDto) {
    return this.sources.addPolicy(auth, actorOf(auth), dto);
  }

  @Get('policies')
  @Roles(...READERS)
  listPolicies(@CurrentUser() auth: AuthContext) {
    return this.sources.listPolicies(auth);
  }

  @Post('training-sessions')
  @Roles(...EDITORS)
  @ApiOperation({ summary: 'Record training given (day, topic, audience, people trained)' })
  addTraining(@CurrentUser() auth: AuthContext, @Body() dto: CreateTrainingSessionDto) {
    return this.sources.addTraining(auth, actorOf(auth), dto);
  }

  @Get('training-sessions')
  @Roles(...READERS)
  listTraining(@CurrentUser() auth: AuthContext) {
    return this.sources.listTraining(auth);
  }
}
