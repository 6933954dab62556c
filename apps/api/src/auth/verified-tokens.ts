/**
 * Access tokens whose signature was already checked, with their claims, until they expire. A
 * signed-in browser sends the same token with every request; checking its HMAC each time was a
 * twentieth of the API's CPU under load. Only the signature check is remembered: the user is
 * still read from the database on every request, so a disabled account stops at once.
 */
export class VerifiedTokens<Claims extends { exp?: number }> {
  private readonly entries = new Map<string, Claims>();

  constructor(private readonly capacity = 10_000) {}

  /** The claims of a token verified before and not yet expired, else undefined. */
  get(token: string, nowMs = Date.now()): Claims | undefined {
    const claims = this.entries.get(token);
    if (!claims) return undefined;
    if (claims.exp === undefined || claims.exp * 1000 <= nowMs) {
      this.entries.delete(token);
      return undefined;
    }
    return claims;
  }

  /** Remembers a verified token; the oldest entry makes room once full. */
  remember(token: string, claims: Claims): void {
    if (claims.exp === undefined) return;
    if (this.entries.size >= this.capacity && !this.entries.has(token))
      this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(token, claims);
  }

  get size(): number {
    return this.entries.size;
  }
}
