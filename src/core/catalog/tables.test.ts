import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CARBON,
  PRICED_REGIONS,
  PRICES,
  PRICE_UNITS,
  REGIONS,
  carbonConstants,
  emissionFactor,
  instanceSpec,
  interRegionUsdPerGb,
  priceItem,
  priceOf,
  regionInfo,
} from './tables.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(repoRoot, 'scripts/import-reference-data.mjs');
// The reference folder sits beside the repository in the workspace; CI may not have it.
const refDir = process.env.CLOUDWRIGHT_REFERENCE_DATA ?? join(repoRoot, '../shared/data');
const haveRef = existsSync(join(refDir, 'aws-prices.json'));
if (!haveRef) console.warn(`tables.test: ${refDir} not found; skipping the comparison with the reference data.`);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw reference JSON, shape checked by the generator
type Raw = any;
const readRef = (name: string): Raw => JSON.parse(readFileSync(join(refDir, name), 'utf8'));

describe.skipIf(!haveRef)(`generated tables equal the reference data in ${refDir}`, () => {
  const srcPrices = haveRef ? readRef('aws-prices.json') : null;
  const srcCarbon = haveRef ? readRef('carbon-factors.json') : null;
  const srcRegions = haveRef ? readRef('aws-regions.json') : null;
  const srcItem = (key: string): Raw => {
    const [service, name] = key.split('/');
    const s = srcPrices.services[service];
    return (s.items ?? s.instanceTypes)[name];
  };

  it('re-running the generator reproduces the committed files byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'cw-import-'));
    try {
      execFileSync(process.execPath, [script, refDir, '--out', out], { stdio: 'pipe' });
      for (const f of ['prices.json', 'carbon.json', 'regions.json']) {
        expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(repoRoot, 'catalog/data', f), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.each([
    ['ec2/t3.micro', 'us-east-1', 0.0104],
    ['ec2/m7g.large', 'us-east-1', 0.0816],
    ['sqs/standard_requests_first_100b', 'us-east-1', 4e-7],
    ['rds/mysql_db.t3.micro_single-az', 'us-east-1', 0.017],
    ['lambda/duration_x86_tier1', 'us-east-1', 1.66667e-5],
    ['ebs/gp3_throughput_over_125', 'us-east-1', 40.96],
    ['cloudfront/data_out_to_internet_first_10tb', 'EU', 0.085],
    ['ebs/io2_storage', 'sa-east-1', null],
    ['wickr/standard_user_month', 'eu-west-1', null],
    ['aurora/mysql_db.r7g.large_standard', 'eu-west-3', null],
    ['sns/sqs_notifications', 'eu-north-1', 0],
  ])('%s in %s is %s, as in the source', (key, region, expected) => {
    expect(srcItem(key).prices[region]).toBe(expected);
    expect(priceOf(key, region)).toBe(expected);
  });

  it('keeps every item and every figure of every Region unchanged', () => {
    let compared = 0;
    for (const [service, s] of Object.entries<Raw>(srcPrices.services)) {
      for (const [name, item] of Object.entries<Raw>(s.items ?? s.instanceTypes ?? {})) {
        const ours = priceItem(`${service}/${name}`);
        expect(ours, `${service}/${name}`).toBeDefined();
        expect(Object.keys(ours!.prices).sort()).toEqual(Object.keys(item.prices).sort());
        for (const [where, v] of Object.entries(item.prices)) {
          expect(ours!.prices[where], `${service}/${name} ${where}`).toBe(Array.isArray(v) ? v[0] : v);
          compared++;
        }
      }
    }
    expect(compared).toBe(srcPrices.stats.pricesFound + srcPrices.stats.pricesNull);
    const ir = srcPrices.services.data_transfer.interRegion.matrix;
    for (const from of PRICED_REGIONS) {
      for (const to of PRICED_REGIONS) {
        if (from !== to) expect(interRegionUsdPerGb(from, to), `${from}->${to}`).toBe(ir[from][to]);
      }
    }
    expect(interRegionUsdPerGb('sa-east-1', 'us-east-1')).toBe(0.138);
  });

  it('keeps the carbon constants, factors and instance rows', () => {
    const c = srcCarbon.constants;
    expect(carbonConstants.pue.value).toBe(c.PUE);
    expect(carbonConstants.avgCpuUtilizationPercent.value).toBe(c.avgCpuUtilizationPercent);
    expect(carbonConstants.minWattsByProcessor['AWS Graviton2'].value).toBe(c.minWattsByProcessor['AWS Graviton2']);
    expect(carbonConstants.maxWattsByProcessor['Nvidia T4']).toMatchObject({ value: 71, unit: 'W per GPU' });
    expect(carbonConstants.ssdWhPerTbHour.value).toBe(c.ssdCoefficient_WhPerTBh);
    expect(carbonConstants.memoryKwhPerGbHour.value).toBe(c.memoryCoefficient_kWhPerGBh);
    expect(carbonConstants.serverLifespanHours.value).toBe(c.serverExpectedLifespanHours);
    expect(carbonConstants.replicationFactors.S3.value).toBe(c.replicationFactors.S3);
    for (const [code, f] of Object.entries<Raw>(srcCarbon.emissionFactorsByRegion)) {
      if (code === 'Unknown') continue;
      expect(emissionFactor(code)!.gCo2ePerKwh, code).toBeCloseTo(f.tCO2e_per_kWh * 1e6, 6);
      expect(Math.abs(emissionFactor(code)!.gCo2ePerKwh - f.gCO2e_per_kWh), code).toBeLessThan(0.001);
    }
    expect(emissionFactor('eu-north-1')).toEqual({ gCo2ePerKwh: 8.8, basis: srcCarbon.emissionFactorsByRegion['eu-north-1'].basis });
    for (const [type, row] of Object.entries<Raw>(srcCarbon.instanceTypes)) {
      const ours = CARBON.instanceTypes.types[type];
      if (row === null) expect(ours, type).toBeNull();
      else {
        expect(ours, type).toMatchObject({ vCpu: row.vCPU, memoryGiB: row.memoryGiB, minWattsPerVcpu: row.minWattsPerVcpu });
        expect(ours!.scope3KgCo2eHost, type).toBeCloseTo(row.scope3_tCO2e_host * 1000, 9);
      }
    }
    expect(CARBON.instanceTypes.types['t3.micro']!.scope3KgCo2eHost).toBe(1610.3792);
  });

  it('keeps every Region with its coordinates', () => {
    expect(REGIONS.regions.map((r) => r.code)).toEqual(srcRegions.regions.map((r: Raw) => r.code));
    for (const r of srcRegions.regions) {
      expect(regionInfo(r.code), r.code).toMatchObject({ name: r.name, lat: r.lat, lon: r.lon, priceListName: r.priceListName });
    }
  });
});

describe('price table', () => {
  it('gives every item a unit from PRICE_UNITS, a positive per, a source and a date', () => {
    const units = new Set<string>(PRICE_UNITS);
    for (const [key, item] of Object.entries(PRICES.items)) {
      expect(units.has(item.unit), `${key}: ${item.unit}`).toBe(true);
      expect(item.per, key).toBeGreaterThan(0);
      expect(Object.keys(PRICES.sources), key).toContain(item.source);
      expect(item.asOf, key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const v of Object.values(item.prices)) expect(v === null || (typeof v === 'number' && v >= 0), key).toBe(true);
      if (!item.keyedBy) expect(Object.keys(item.prices), key).toEqual([...PRICED_REGIONS]);
    }
  });

  it('has 16 priced Regions, each with a Region entry and an emission factor', () => {
    expect(PRICED_REGIONS).toHaveLength(16);
    for (const code of PRICED_REGIONS) {
      expect(regionInfo(code)?.priced, code).toBe(true);
      expect(emissionFactor(code)?.gCo2ePerKwh, code).toBeGreaterThan(0);
    }
    expect(REGIONS.regions.filter((r) => r.priced)).toHaveLength(16);
  });

  it('tells an unknown item (undefined) from a missing price (null) and a free charge (0)', () => {
    expect(priceOf('ec2/no-such-type', 'us-east-1')).toBeUndefined();
    expect(priceOf('ebs/io2_storage', 'eu-west-3')).toBeNull();
    expect(priceOf('ec2/t3.micro', 'af-south-1')).toBeNull();
    expect(priceOf('data_transfer/in_from_internet', 'us-east-1')).toBe(0);
    expect(emissionFactor('eu-central-2')).toBeNull();
  });

  it('works out tiers and per from names and unit text', () => {
    expect(priceItem('s3/standard_storage_next_450tb')!.tier).toEqual({ from: 50, to: 500, unit: 'TB/month' });
    expect(priceItem('data_transfer/out_to_internet_over_150tb')!.tier).toEqual({ from: 150, to: null, unit: 'TB/month' });
    expect(priceItem('sqs/standard_requests_first_100b')).toMatchObject({ unit: 'request', per: 1, tier: { to: 1e11 } });
    expect(priceItem('ebs/gp3_throughput_over_125')).toMatchObject({ unit: 'MiBps-month', per: 1024 });
  });

  it('reads counts in unit text ("USD per million requests" is per 1,000,000)', async () => {
    const gen = await import(/* @vite-ignore */ script);
    expect(gen.parseUnit('USD per million requests')).toEqual({ unit: 'request', per: 1e6 });
    expect(gen.parseUnit('USD per 10000 requests')).toEqual({ unit: 'request', per: 1e4 });
    expect(() => gen.parseUnit('USD per widget')).toThrow(/no machine unit/);
  });
});

describe('instanceSpec', () => {
  const ec2Types = Object.keys(PRICES.items).filter((k) => k.startsWith('ec2/')).map((k) => k.slice(4));

  it('covers every priced EC2 type, with an explained fallback where CCF has no row', () => {
    for (const type of ec2Types) {
      const spec = instanceSpec(type);
      expect(spec, type).not.toBeNull();
      if (CARBON.instanceTypes.types[type] === null) {
        expect(spec!.assumed, type).toBe(true);
        expect(spec!.minWattsPerVcpu).toBe(carbonConstants.minWattsPerVcpuAvg.value);
        expect(spec!.maxWattsPerVcpu).toBe(carbonConstants.maxWattsPerVcpuAvg.value);
        expect(spec!.assumptions.join(' '), type).toMatch(/not in CCF's instance table/);
      } else {
        expect(spec, type).toMatchObject({ assumed: false, assumptions: [] });
      }
    }
    expect(ec2Types.filter((t) => instanceSpec(t)!.assumed).sort()).toEqual(['c7g.large', 'm7g.large', 'm7i.large', 'r7g.large']);
    expect(instanceSpec('m7g.large')).toMatchObject({ vCpu: 2, memoryGiB: 8, scope3KgCo2eHost: null });
  });

  it('resolves the RDS, Aurora and ElastiCache classes that are priced', () => {
    const classes = new Set<string>();
    for (const key of Object.keys(PRICES.items)) {
      const m = /((?:db|cache)\.[a-z0-9]+\.[a-z0-9]+)/.exec(key);
      if (m) classes.add(m[1]);
    }
    expect(classes.size).toBeGreaterThan(5);
    for (const c of classes) {
      const spec = instanceSpec(c);
      expect(spec?.vCpu, c).toBeGreaterThan(0);
      expect(spec!.minWattsPerVcpu, c).toBeGreaterThan(0);
    }
    expect(instanceSpec('db.m5.large')).toMatchObject({ ec2Type: 'm5.large', vCpu: 2, processors: ['Skylake'], assumed: false });
    expect(instanceSpec('db.r6g.xlarge')).toMatchObject({ vCpu: 4, processors: ['AWS Graviton2'], assumed: true });
    expect(instanceSpec('cache.t4g.micro')).toMatchObject({ vCpu: 2, assumed: true });
    expect(instanceSpec('not a type')).toBeNull();
  });
});
