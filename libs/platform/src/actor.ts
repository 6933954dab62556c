/** Who caused a change: a signed-in person (with the request that carried it) or the product. */
export type Actor =
  { kind: 'user'; userId: string; requestId?: string } | { kind: 'system'; requestId?: string };

export const SYSTEM: Actor = { kind: 'system' };
