import { APP_CONFIG, AppConfig } from '@app/config';
import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Honours a well-formed X-Request-Id from a proxy, otherwise makes one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Structured JSON logs (pino) with the request id on every line. Requests are logged by method,
 * path and status only: no headers, bodies or query strings, so tokens, passwords, e-mail
 * addresses and grievance text cannot end up in a log.
 */
@Module({})
export class LoggingModule {
  static forRoot(service: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.LOG_LEVEL,
              base: { service },
              genReqId: (req, res) => {
                const id = requestIdOf(req);
                res.setHeader('X-Request-Id', id);
                return id;
              },
              // Our serializers read the raw request themselves: wrapping them in pino's standard
              // ones would copy every header of every request first, only for us to drop them.
              wrapSerializers: false,
              serializers: {
                req: (req: { id: string; method: string; url: string; originalUrl?: string }) => ({
                  id: req.id,
                  method: req.method,
                  path: (req.originalUrl ?? req.url).split('?')[0],
                }),
                res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
              },
              redact: { paths: ['req.headers', 'req.body', 'req.query'], remove: true },
              customLogLevel: (_req, res, error) =>
                error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
              autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
            },
          }),
        }),
      ],
    };
  }
}
