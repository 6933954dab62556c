import { VerifiedTokens } from './verified-tokens';

describe('VerifiedTokens', () => {
  const now = Date.UTC(2026, 11, 7, 12, 0, 0);
  const exp = now / 1000 + 900;

  it('gives back the claims of a remembered token until it expires, then forgets it', () => {
    const tokens = new VerifiedTokens<{ sub: string; exp?: number }>();
    tokens.remember('a', { sub: 'u1', exp });
    expect(tokens.get('a', now)).toEqual({ sub: 'u1', exp });
    expect(tokens.get('a', exp * 1000 - 1)).toEqual({ sub: 'u1', exp });
    expect(tokens.get('a', exp * 1000)).toBeUndefined();
    expect(tokens.size).toBe(0);
    expect(tokens.get('unknown', now)).toBeUndefined();
  });

  it('never remembers a token without an expiry', () => {
    const tokens = new VerifiedTokens<{ sub: string; exp?: number }>();
    tokens.remember('forever', { sub: 'u1' });
    expect(tokens.get('forever', now)).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('makes room by dropping the oldest token once full', () => {
    const tokens = new VerifiedTokens<{ sub: string; exp?: number }>(2);
    tokens.remember('first', { sub: 'u1', exp });
    tokens.remember('second', { sub: 'u2', exp });
    tokens.remember('second', { sub: 'u2', exp });
    expect(tokens.size).toBe(2);
    tokens.remember('third', { sub: 'u3', exp });
    expect(tokens.size).toBe(2);
    expect(tokens.get('first', now)).toBeUndefined();
    expect(tokens.get('second', now)?.sub).toBe('u2');
    expect(tokens.get('third', now)?.sub).toBe('u3');
  });
});
