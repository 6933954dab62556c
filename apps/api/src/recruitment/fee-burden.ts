import type { FxRate } from '@app/domain';
import type { FxRateRecord } from '@app/persistence';

/** A stored rate as the domain uses it (exact decimal text, trailing zeros dropped). */
export const toFxRate = (record: FxRateRecord): FxRate => ({
  base: record.base,
  quote: record.quote,
  rate: record.rate.replace(/\.?0+$/, ''),
  validOn: record.validOn,
  source: record.source,
});

export const today = (): string => new Date().toISOString().slice(0, 10);
