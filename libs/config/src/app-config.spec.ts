import { isAbsolute, resolve } from 'node:path';
import { ConfigError, loadConfig } from './app-config';
import { redisOptionsFromUrl } from './redis-connection';

const valid = {
  DATABASE_URL: 'postgres://app:secret@127.0.0.1:5432/app',
  REDIS_URL: 'redis://127.0.0.1:6379',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadConfig', () => {
  it('applies defaults and converts numbers', () => {
    const config = loadConfig({ ...valid, PORT: '4000' });
    expect(config.PORT).toBe(4000);
    expect(config.JWT_ACCESS_TTL_SECONDS).toBe(900);
    expect(config.DB_MIGRATIONS).toBe('run');
  });

  it('resolves the file storage directory to an absolute path and defaults the upload limit', () => {
    const defaults = loadConfig(valid);
    expect(defaults.FILE_STORAGE_DIR).toBe(resolve('data/files'));
    expect(defaults.UPLOAD_MAX_BYTES).toBe(10 * 1024 * 1024);
    const given = loadConfig({
      ...valid,
      FILE_STORAGE_DIR: 'var/evidence',
      UPLOAD_MAX_BYTES: '2048',
    });
    expect(given.FILE_STORAGE_DIR).toBe(resolve('var/evidence'));
    expect(isAbsolute(given.FILE_STORAGE_DIR)).toBe(true);
    expect(given.UPLOAD_MAX_BYTES).toBe(2048);
    expect(() => loadConfig({ ...valid, UPLOAD_MAX_BYTES: 'ten' })).toThrow(/UPLOAD_MAX_BYTES/);
  });

  it('sends no email unless SMTP_URL is set, and checks it when it is', () => {
    expect(loadConfig(valid).SMTP_URL).toBe('');
    expect(loadConfig({ ...valid, SMTP_URL: 'smtps://u:p@mail.example.com:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.example.com:465',
    );
    expect(() => loadConfig({ ...valid, SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL/);
    expect(() => loadConfig({ ...valid, APP_URL: 'https://app.example/' })).toThrow(/APP_URL/);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig({ ...valid, DATABASE_URL: undefined })).toThrow(
      /DATABASE_URL is required/,
    );
  });

  it('names a malformed variable', () => {
    try {
      loadConfig({ ...valid, PORT: 'eighty', JWT_SECRET: 'short' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as ConfigError).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/JWT_SECRET must be at least 32 characters/);
    }
  });
});

describe('redisOptionsFromUrl', () => {
  it('reads host, port, password and db', () => {
    expect(redisOptionsFromUrl('redis://:p%40ss@cache.internal:6380/2')).toMatchObject({
      host: 'cache.internal',
      port: 6380,
      password: 'p@ss',
      db: 2,
      tls: undefined,
    });
    expect(redisOptionsFromUrl('rediss://h').tls).toEqual({});
  });
});
