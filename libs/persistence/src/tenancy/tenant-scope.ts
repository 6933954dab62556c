/**
 * Whose data a piece of work may touch. In the api it is built from the verified access token
 * (see apps/api auth guard); in the worker from a job's organisation id. Every tenant-owned
 * query goes through TenantRepository, which cannot be called without one.
 */
export interface TenantScope {
  readonly organisationId: string;
}
