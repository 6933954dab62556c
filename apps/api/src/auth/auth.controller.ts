import { Body, Controller, Get, HttpCode, Post, Req, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { ROLES } from '@app/domain';
import type { Request } from 'express';
import { UserView } from '../users/user.view';
import { UsersService } from '../users/users.service';
import { CurrentUser, Public, Roles } from './access.decorators';
import type { AuthContext } from './auth-context';
import { AuthService } from './auth.service';
import { AcceptInvitationDto, LoginDto, RefreshDto, SignupDto } from './dto/credentials.dto';
import { SessionView } from './dto/session.view';
import { LOGIN_THROTTLER, AuthThrottlerGuard } from './throttling';
import { TokenService, TokenPair } from './token.service';

type WithId = Request & { id?: string };

@ApiTags('auth')
@Controller('auth')
@UseGuards(AuthThrottlerGuard)
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  @Post('signup')
  @Public()
  @SkipThrottle({ [LOGIN_THROTTLER]: true })
  @ApiOperation({ summary: 'Create an organisation and its first administrator' })
  signup(@Body() dto: SignupDto, @Req() req: WithId): Promise<SessionView> {
    return this.auth.signup(dto, req.id);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Sign in with e-mail and password (10 attempts a minute per account and address)',
  })
  login(@Body() dto: LoginDto): Promise<SessionView> {
    return this.auth.login(dto);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @SkipThrottle({ [LOGIN_THROTTLER]: true })
  @ApiOperation({
    summary: 'Exchange a refresh token for a new pair (each refresh token works once)',
  })
  refresh(@Body() dto: RefreshDto): Promise<TokenPair> {
    return this.tokens.rotate(dto.refreshToken);
  }

  @Post('accept-invitation')
  @HttpCode(200)
  @Public()
  @SkipThrottle({ [LOGIN_THROTTLER]: true })
  @ApiOperation({ summary: 'Set a password with the invitation token and sign in' })
  acceptInvitation(@Body() dto: AcceptInvitationDto, @Req() req: WithId): Promise<SessionView> {
    return this.auth.acceptInvitation(dto, req.id);
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...ROLES)
  @SkipThrottle()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Revoke a refresh token (and the chain it belongs to)' })
  async logout(@Body() dto: RefreshDto): Promise<void> {
    await this.tokens.revoke(dto.refreshToken);
  }

  @Get('me')
  @Roles(...ROLES)
  @SkipThrottle()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  me(@CurrentUser() auth: AuthContext): Promise<UserView> {
    return this.users.get(auth, auth.userId);
  }
}
