import { describe, expect, it } from 'vitest';
import { PRICING_KEYS } from '../catalog/check.ts';
import { CATALOG_ENTRIES } from '../catalog/index.ts';
import { PRICES } from '../catalog/tables.ts';
import { compareRegions } from './estimate.ts';
import { PRICING_MODELS } from './pricing/index.ts';
import { designOf, nodeOf } from './testing.ts';

describe('estimator coverage of the catalog', () => {
  it('has a pricing model for every priced key, named after its price-table prefix', () => {
    const priced = [...PRICING_KEYS].filter((k) => k !== 'free' && k !== 'unpriced').sort();
    expect(Object.keys(PRICING_MODELS).sort()).toEqual(priced);
    for (const key of priced) expect(Object.hasOwn(PRICES.services, key)).toBe(true);
  });

  it('estimates every catalog entry with its defaults in every Region without a NaN', () => {
    const d = designOf(CATALOG_ENTRIES.map((e) => nodeOf(e.id, e.id)));
    for (const r of compareRegions(d).regions) {
      expect(
        Number.isFinite(r.monthlyUsd) &&
          Number.isFinite(r.kgCo2eMonth) &&
          Number.isFinite(r.kwhMonth),
      ).toBe(true);
      for (const l of r.lines) {
        for (const v of [l.monthlyUsd, l.kgCo2eMonth, l.kwhMonth])
          expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true);
        const entry = CATALOG_ENTRIES.find((e) => e.id === l.service)!;
        // A service with no price data is never a silent 0.
        if (entry.pricing === 'unpriced') expect(l.monthlyUsd).toBeNull();
        if (entry.carbon === 'unmodelled') expect(l.kgCo2eMonth).toBeNull();
      }
    }
  });
});
