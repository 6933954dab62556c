import type { AppConfig } from '@app/config';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { bodyParsing } from './common/body-parsing';
import { createValidationPipe } from './common/validation';

/** Builds the HTTP application exactly as production runs it (main.ts and the e2e tests share this). */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), {
    bufferLogs: true,
    // The JSON parser is registered below with an error translator (see common/body-parsing.ts).
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.use(...bodyParsing());
  app.use(helmet({ contentSecurityPolicy: false }));
  app.useGlobalPipes(createValidationPipe());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fairchain API')
      .setDescription(
        'Supply-chain forced-labour due diligence. Sign in with POST /auth/login, then send ' +
          '"Authorization: Bearer <accessToken>". Errors are application/problem+json (RFC 9457).',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
  return app;
}

/**
 * Connections the kernel holds for the API while it is busy accepting others. Node's default, 511,
 * drops part of a burst (2,000 suppliers submitting at a deadline), and each dropped client waits
 * a second before trying again; the kernel caps it at net.core.somaxconn.
 */
export const LISTEN_BACKLOG = 4096;

/** app.listen with the backlog above: Nest passes extra arguments on to the HTTP server. */
export function listen(app: INestApplication, port: number, host: string): Promise<unknown> {
  const listenWithBacklog = app.listen.bind(app) as unknown as (
    port: number,
    host: string,
    backlog: number,
  ) => Promise<unknown>;
  return listenWithBacklog(port, host, LISTEN_BACKLOG);
}
