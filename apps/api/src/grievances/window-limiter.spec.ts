import { WindowLimiter } from './window-limiter';

describe('WindowLimiter', () => {
  it('lets `limit` events through per window and key, then blocks until the window ends', () => {
    const limiter = new WindowLimiter(2, 1000);
    expect([limiter.hit('a', 0), limiter.hit('a', 10), limiter.hit('a', 20)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(limiter.isBlocked('a', 30)).toBe(true);
    expect(limiter.hit('b', 30)).toBe(true);
    expect(limiter.isBlocked('a', 1001)).toBe(false);
    expect(limiter.hit('a', 1001)).toBe(true);
  });
});
