/** Where an agency's licence to recruit stands. "unknown" is a status of its own, never "licensed". */
export const LICENCE_STATUSES = [
  'licensed',
  'expired',
  'suspended',
  'revoked',
  'unlicensed',
  'unknown',
] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export function isLicenceStatus(value: unknown): value is LicenceStatus {
  return typeof value === 'string' && (LICENCE_STATUSES as readonly string[]).includes(value);
}
