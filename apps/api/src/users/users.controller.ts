import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, type AuthContext } from '../auth/auth-context';
import { CurrentUser, Roles } from '../auth/access.decorators';
import { InvitedUserView, InviteUserDto, UpdateUserDto } from './dto/user.dto';
import { UserView } from './user.view';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: "The organisation's users" })
  list(@CurrentUser() auth: AuthContext): Promise<UserView[]> {
    return this.users.list(auth);
  }

  @Get(':id')
  get(@CurrentUser() auth: AuthContext, @Param('id') id: string): Promise<UserView> {
    return this.users.get(auth, id);
  }

  @Post()
  @ApiOperation({ summary: 'Invite a person with a role; returns a one-time invitation token' })
  invite(@CurrentUser() auth: AuthContext, @Body() dto: InviteUserDto): Promise<InvitedUserView> {
    return this.users.invite(auth, actorOf(auth), dto);
  }

  @Patch(':id')
  @ApiOperation({
    summary: "Change a user's name, role, supplier binding or status (disable / re-enable)",
  })
  update(
    @CurrentUser() auth: AuthContext,
    @Param('id') id: string,
    @Body() dto: UpdateUserDto,
  ): Promise<UserView> {
    return this.users.update(auth, actorOf(auth), id, dto);
  }
}
