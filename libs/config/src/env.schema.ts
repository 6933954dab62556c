import 'reflect-metadata';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { resolve } from 'node:path';

/**
 * Every setting the processes read, with its default. Nothing else in the code reads process.env:
 * the validated AppConfig is passed in (see README "Configuration").
 */
export class EnvSchema {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL!: string;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  @IsString()
  @MinLength(32, {
    message: 'must be at least 32 characters (generate one with: openssl rand -hex 32)',
  })
  JWT_SECRET!: string;

  @Type(() => Number)
  @IsInt()
  @Min(60)
  @Max(3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  REFRESH_TOKEN_TTL_DAYS = 14;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  LOGIN_ATTEMPTS_PER_MINUTE = 10;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** run: apply pending migrations at start (under a lock); check: refuse to start if any are pending. */
  @IsIn(['run', 'check'])
  DB_MIGRATIONS: 'run' | 'check' = 'run';

  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(60000)
  OUTBOX_POLL_MS = 1000;

  /** An enqueued but unprocessed outbox event is enqueued again after this long (Redis lost it). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86400)
  OUTBOX_REDELIVER_AFTER_SECONDS = 120;

  /** How long a worker holds a job before others consider it stalled (crashed worker). */
  @Type(() => Number)
  @IsInt()
  @Min(1000)
  @Max(600000)
  WORKER_LOCK_MS = 30000;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  WORKER_CONCURRENCY = 10;

  /** Where the disk file store keeps uploaded evidence; a relative path is resolved from the cwd. */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? resolve(value) : value,
  )
  @IsString()
  FILE_STORAGE_DIR = resolve('./data/files');

  /** Largest evidence file accepted in one upload (held in memory while it is checked). */
  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(100 * 1024 * 1024)
  UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Where notification emails go out, e.g. smtp://user:pass@mail.example.com:587 (smtps:// for
   * TLS from the start). Empty: notifications are recorded in the product and nothing is sent.
   */
  @ValidateIf((env: EnvSchema) => env.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an smtp:// or smtps:// URL, or empty' })
  SMTP_URL = '';

  /** Days a site has to close a corrective action for a critical audit finding. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  CAP_DUE_DAYS_CRITICAL = 30;

  /** Days for a major finding (minor findings and observations get no corrective action). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(730)
  CAP_DUE_DAYS_MAJOR = 90;

  /**
   * Key that seals grievance texts at rest (AES-256-GCM): 32 random bytes, base64
   * (`openssl rand -base64 32`). Empty: grievance channels cannot take reports (503). Keep it
   * safe: without it the reports cannot be read.
   */
  @ValidateIf((env: EnvSchema) => env.GRIEVANCE_TEXT_KEY !== '')
  @Matches(/^[A-Za-z0-9+/]{43}=$/, {
    message: 'must be 32 bytes in base64 (openssl rand -base64 32)',
  })
  GRIEVANCE_TEXT_KEY = '';

  /** Reports one client address may file in a minute (counted in memory, never stored). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  PUBLIC_REPORTS_PER_MINUTE = 10;

  /** How often the worker sends the notification emails that are due (when SMTP_URL is set). */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(3600)
  MAIL_SEND_EVERY_SECONDS = 30;

  /** The From: of notification emails. */
  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Fairchain <no-reply@fairchain.invalid>';

  /** The product's address as its users reach it, for links in emails (no trailing slash). */
  @Matches(/^https?:\/\/\S+[^/]$/, {
    message: 'must be an http(s):// URL without a trailing slash',
  })
  APP_URL = 'http://localhost:3000';
}
