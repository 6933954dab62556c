/**
 * Counts events per key in fixed windows, in this process's memory only: nothing about a client
 * is ever written anywhere, and a restart forgets everything. Used for the public grievance
 * routes (reports per client address, wrong follow-up keys per case reference).
 */
export class WindowLimiter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Whether `key` is already over the limit (does not count). */
  isBlocked(key: string, now = Date.now()): boolean {
    const window = this.windows.get(key);
    return window !== undefined && window.endsAt > now && window.count >= this.limit;
  }

  /** Counts one event; true while the key stays within the limit. */
  hit(key: string, now = Date.now()): boolean {
    this.sweep(now);
    const window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      this.windows.set(key, { count: 1, endsAt: now + this.windowMs });
      return this.limit >= 1;
    }
    window.count += 1;
    return window.count <= this.limit;
  }

  /** Drops ended windows now and then, so the map stays small. */
  private sweep(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
