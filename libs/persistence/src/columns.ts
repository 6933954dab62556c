import type { ValueTransformer } from 'typeorm';

/**
 * bigint columns (money in minor units, counts) arrive from pg as strings. Amounts the API handles
 * stay within Number.MAX_SAFE_INTEGER (validated at the edge), so they are numbers in code.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
