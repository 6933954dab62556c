import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvSchema } from './env.schema';

export type AppConfig = Readonly<EnvSchema>;

/** Raised at boot when a variable is missing or malformed; the message names each one. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const config = plainToInstance(EnvSchema, present, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => {
        const reasons = Object.values(error.constraints ?? {}).join('; ');
        return error.value === undefined
          ? `${error.property} is required (${reasons})`
          : `${error.property} ${reasons}`;
      }),
    );
  }
  return Object.freeze(config);
}

export const APP_CONFIG = Symbol('APP_CONFIG');
