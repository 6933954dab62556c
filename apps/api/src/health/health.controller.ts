import { APP_CONFIG, AppConfig, redisOptionsFromUrl } from '@app/config';
import { Controller, Get, Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import Redis from 'ioredis';
import { Public } from '../auth/access.decorators';

/** Answers whether Redis responds to PING within a second; never blocks on a dead connection. */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private readonly client: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly indicator: HealthIndicatorService,
  ) {
    this.client = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 1000,
    });
    this.client.on('error', () => undefined);
  }

  async check(key: string) {
    const check = this.indicator.check(key);
    try {
      if (this.client.status === 'wait' || this.client.status === 'end')
        await this.client.connect();
      const reply = await Promise.race([
        this.client.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), 1000)),
      ]);
      return reply === 'PONG' ? check.up() : check.down({ message: 'unexpected reply' });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client.disconnect();
    return Promise.resolve();
  }
}

@ApiTags('health')
@Controller('health')
@Public()
@SkipThrottle()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  /** Liveness: the process answers. */
  @Get()
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Readiness: PostgreSQL and Redis both answer (503 otherwise). */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 1000 }),
      () => this.redis.check('redis'),
    ]);
  }
}
