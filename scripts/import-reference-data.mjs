#!/usr/bin/env node
// Turns the reference data (aws-prices.json, carbon-factors.json, aws-regions.json) into the
// catalog's own files under catalog/data/. The app ships those files; the reference folder is not
// there at run time. Output is deterministic (fixed key order, 2-space JSON, trailing newline) so a
// re-run on the same input changes nothing and a test can compare bytes.
//
// usage: node scripts/import-reference-data.mjs [reference-dir] [--out dir]
//   reference-dir defaults to ../shared/data relative to the repo root; --out to catalog/data.
// Anything this script does not understand stops it (exit 1): a price is never guessed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// Source unit text after "USD per [N] ", first match wins. Resource-hours of one thing (a load
// balancer, a NAT gateway, an address) are plain `hour`; per-AZ charges keep the AZ so the
// estimator multiplies by the AZ count.
const UNIT_RULES = [
  [/^streams read request unit\b/, 'stream-read-request-unit'],
  [/^read request unit\b/, 'read-request-unit'],
  [/^write request unit\b/, 'write-request-unit'],
  [/^(?:https? )?requests?\b/, 'request'],
  [/^i\/o request\b/, 'IO-request'],
  [/^(?:endpoint-)?az-hour\b/, 'AZ-hour'],
  [/^(?:streaming )?instance-hour\b/, 'instance-hour'],
  [/^node-hour\b/, 'node-hour'],
  [/^(?:alb|nlb|gwlb|clb|nat gateway|ip|vpn connection|attachment|stream)-hour\b/, 'hour'],
  [/^hour\b/, 'hour'],
  [/^n?lcu-hour\b/, 'LCU-hour'],
  [/^(acu|rpu|wcu|rcu)-hour\b/, (m) => `${m[1].toUpperCase()}-hour`],
  [/^consumer-shard-hour\b/, 'consumer-shard-hour'],
  [/^shard-hour\b/, 'shard-hour'],
  [/^gb-month\b/, 'GB-month'],
  [/^gb-hour\b/, 'GB-hour'],
  [/^gb-second\b/, 'GB-second'],
  [/^gb\b/, 'GB'],
  // The EBS feed prices gp3 throughput per GiBps-month; 1 GiBps = 1024 MiBps, so the figure stays
  // as published and `per` carries the conversion.
  [/^gibps-month\b/, 'MiBps-month', 1024],
  [/^provisioned iops-month\b/, 'IOPS-month'],
  [/^(?:authorized |guest )?user-month\b/, 'user-month'],
  [/^connection-minute\b/, 'connection-minute'],
  [/^message\b/, 'message'],
  [/^notification\b/, 'notification'],
  [/^put payload unit\b/, 'payload-unit'],
  [/^ecpu\b/, 'ECPU'],
];
const COUNT_WORDS = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** { unit, per } from text such as "USD per request (64 KB chunk)" or "USD per million requests". */
export function parseUnit(text) {
  const m = /^USD per (?:(\d+(?:\.\d+)?|thousand|million|billion) )?(.+)$/i.exec(text);
  if (!m) throw new Error(`unit text not understood: "${text}"`);
  const count = m[1] ? (COUNT_WORDS[m[1].toLowerCase()] ?? Number(m[1])) : 1;
  const phrase = m[2].toLowerCase();
  for (const [re, unit, factor = 1] of UNIT_RULES) {
    const hit = re.exec(phrase);
    if (hit) return { unit: typeof unit === 'function' ? unit(hit) : unit, per: count * factor };
  }
  throw new Error(`no machine unit for "${text}"`);
}

const NAME_TIER = /^(.*)_(first|next|over)_(\d+)(tb|pb|m|b)$/;
const NAME_SCALE = { tb: [1, 'TB'], pb: [1, 'PB'], m: [1e6, null], b: [1e9, null] };

/**
 * Usage band of an item, from its name (first_50tb, next_450tb, over_150tb, first_333m) or its
 * unit text ("first 6 billion GB-s/month", "up to 32000", "above 3000"). Name tiers are monthly
 * and cumulative: a `next_` band starts where the previous band of the same prefix ended.
 */
function tierOf(name, unitText, unit, previousEnd) {
  const n = NAME_TIER.exec(name);
  if (n) {
    const [, prefix, kind, num, suffix] = n;
    const [scale, fixedUnit] = NAME_SCALE[suffix];
    const tierUnit = `${fixedUnit ?? unit}/month`;
    const size = Number(num) * scale;
    const key = `${prefix}|${tierUnit}`;
    if (kind === 'first') return { key, tier: { from: 0, to: size, unit: tierUnit } };
    const from = previousEnd.get(key);
    if (from === undefined) throw new Error(`${name}: "${kind}" tier without an earlier band`);
    if (kind === 'over') {
      if (from !== size)
        throw new Error(`${name}: over_${num} does not follow a band ending at ${num}`);
      return { key, tier: { from: size, to: null, unit: tierUnit } };
    }
    return { key, tier: { from, to: from + size, unit: tierUnit } };
  }
  let m = /first ([\d.]+) billion GB-s\/month/.exec(unitText);
  if (m) return { tier: { from: 0, to: Number(m[1]) * 1e9, unit: 'GB-second/month' } };
  m = /IOPS-month \(up to (\d+)\)/.exec(unitText);
  if (m) return { tier: { from: 0, to: Number(m[1]), unit: 'IOPS/volume' } };
  m = /IOPS-month above (\d+)/.exec(unitText);
  if (m) return { tier: { from: Number(m[1]), to: null, unit: 'IOPS/volume' } };
  m = /above (\d+) MiB\/s/.exec(unitText);
  if (m) return { tier: { from: Number(m[1]), to: null, unit: 'MiBps/volume' } };
  m = /ephemeral storage above (\d+) MB/.exec(unitText);
  if (m) return { tier: { from: Number(m[1]), to: null, unit: 'MB/function' } };
  return {};
}

/** The price kept for a Region: a number, null, or the first numeric value of a variants array. */
function pickPrice(value, where) {
  if (value === null || typeof value === 'number') return { price: value };
  if (Array.isArray(value)) {
    const first = value.find((v) => typeof v === 'number');
    return { price: first ?? null, variants: value };
  }
  throw new Error(`${where}: price is neither number, null nor array`);
}

function dateOf(item, where) {
  const stamp = item.fileLastChanged ?? item.feedPublicationDate;
  if (typeof stamp !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(stamp))
    throw new Error(`${where}: no date`);
  return stamp.slice(0, 10);
}

function convertItem(key, item, regions, tierEnds, sourceIds) {
  const { unit, per } = parseUnit(item.unit);
  const { key: tierKey, tier } = tierOf(key.split('/')[1], item.unit, unit, tierEnds);
  if (tier && tierKey) tierEnds.set(tierKey, tier.to);
  if (!sourceIds.includes(item.source)) throw new Error(`${key}: unknown source "${item.source}"`);
  const geographic = !!item.rateNames; // CloudFront: keyed by edge geography, not Region
  const where = geographic ? Object.keys(item.prices) : regions;
  const prices = {};
  const variants = {};
  for (const r of where) {
    if (!(r in item.prices)) throw new Error(`${key}: no entry for ${r}`);
    const picked = pickPrice(item.prices[r], `${key} ${r}`);
    prices[r] = picked.price;
    if (picked.variants) variants[r] = picked.variants;
  }
  const out = { description: item.note ? `${item.unit}. ${item.note}` : item.unit, unit, per };
  if (tier) out.tier = tier;
  if (geographic) out.keyedBy = 'edge-geography';
  Object.assign(out, { source: item.source, file: item.file, asOf: dateOf(item, key) });
  if (item.rateName) out.rateName = item.rateName;
  if (item.rateNames) out.rateNames = item.rateNames;
  out.prices = prices;
  if (Object.keys(variants).length) out.variants = variants;
  return out;
}

export function buildPrices(src) {
  const regions = src.regions;
  if (!Array.isArray(regions) || regions.length !== 16)
    throw new Error('expected 16 priced Regions');
  const sourceIds = Object.keys(src.sources);
  const items = {};
  const services = {};
  let found = 0;
  let nulls = 0;
  for (const [service, s] of Object.entries(src.services)) {
    services[service] = { description: s.description };
    if (s.note) services[service].note = s.note;
    const tierEnds = new Map(); // a next_ band continues a band of the same service only
    for (const [name, item] of Object.entries(s.items ?? s.instanceTypes ?? {})) {
      const key = `${service}/${name}`;
      items[key] = convertItem(key, item, regions, tierEnds, sourceIds);
      for (const v of Object.values(items[key].prices)) {
        if (v === null) nulls++;
        else found++;
      }
    }
  }
  // The reference file counts its own figures; a mismatch means we dropped or invented some.
  if (src.stats && (src.stats.pricesFound !== found || src.stats.pricesNull !== nulls)) {
    throw new Error(
      `counted ${found} prices and ${nulls} nulls; the source says ${JSON.stringify(src.stats)}`,
    );
  }
  const ir = src.services.data_transfer.interRegion;
  const { unit, per } = parseUnit(ir.unit.split(',')[0]);
  const matrix = {};
  for (const from of regions) {
    matrix[from] = {};
    for (const to of regions)
      if (to !== from)
        matrix[from][to] = pickPrice(ir.matrix[from]?.[to] ?? null, `${from}->${to}`).price;
  }
  const anyVariants = Object.values(items).some((i) => i.variants);
  return {
    source: src.source,
    retrieved: src.retrieved,
    currency: src.currency,
    sources: src.sources,
    notes: [
      ...src.notes,
      'Import rules (scripts/import-reference-data.mjs):',
      "unit/per: from each item's own unit text; cost = quantity / per x price, and every price is the source figure unchanged. The source already states every figure per single unit (per = 1), except EBS gp3 throughput, published per GiBps-month: unit MiBps-month, per 1024.",
      'tier: from the item name (first_/next_/over_ + N + tb|pb|m|b: cumulative monthly bands, next_ starting where the previous band of the same item prefix ends) or from the unit text (first N billion GB-s/month, IOPS up to N or above N per volume, throughput above N MiB/s per volume, ephemeral storage above N MB per function). Free tiers named in the unit text (25 GB DynamoDB storage, 100 GB data transfer out, free Aurora backup) are not tiers and are not applied.',
      `variants: where the source gives an array of values for a Region, the first numeric value is kept and the whole array is written under the item's "variants" (the source notes name no preferred variant). This snapshot has ${anyVariants ? 'some' : 'none'}.`,
      'asOf: the date part of fileLastChanged (qp) or feedPublicationDate (lnk, yeo); the figures were still current at the source commitDate.',
      'null = no price for that Region in the source (not offered there, or not in the feed); never read it as 0. A 0 is a real free charge (e.g. SNS to SQS deliveries, data transfer in).',
      'cloudfront/* items have keyedBy "edge-geography": their prices are keyed by CloudFront edge geography (United States, EU, ...), not by Region code.',
      'interRegionTransfer: USD per GB from the row Region to the column Region; same-Region pairs are absent.',
    ],
    regions,
    services,
    items,
    interRegionTransfer: {
      description: ir.unit,
      unit,
      per,
      source: ir.source,
      file: ir.file,
      asOf: dateOf(ir, 'interRegion'),
      prices: matrix,
    },
    missing: src.missing,
    crossChecks: src.crossChecks,
  };
}

const CCF_AWS = 'CCF @cloud-carbon-footprint/aws@0.15.0';

/** n x 10^places without binary rounding noise: 1.6103792 t -> 1610.3792 kg, not 1610.3792000000001. */
function shiftDecimal(n, places) {
  const [mantissa, exp = '0'] = String(n).split('e');
  return Number(`${mantissa}e${Number(exp) + places}`);
}

const fig = (value, unit, source) => {
  if (typeof value !== 'number') throw new Error(`${source}: not a number`);
  return { value, unit, source: `${CCF_AWS} ${source}` };
};
const isGpu = (processor) => /^(Nvidia|AMD Radeon)/.test(processor);

// [our key, key in the reference file, unit, CCF constant name]. A row whose unit has a GPU
// variant is a per-processor table: CCF's GPU rows are watts per GPU, not per vCPU.
const CONSTANTS = [
  ['pue', 'PUE', 'ratio (facility energy / IT energy)', 'PUE_AVG'],
  ['avgCpuUtilizationPercent', 'avgCpuUtilizationPercent', '%', 'AVG_CPU_UTILIZATION_2020'],
  ['minWattsPerVcpuAvg', 'minWattsAvg', 'W per vCPU', 'MIN_WATTS_AVG'],
  ['maxWattsPerVcpuAvg', 'maxWattsAvg', 'W per vCPU', 'MAX_WATTS_AVG'],
  [
    'minWattsByProcessor',
    'minWattsByProcessor',
    ['W per vCPU', 'W per GPU'],
    'MIN_WATTS_BY_COMPUTE_PROCESSOR',
  ],
  [
    'maxWattsByProcessor',
    'maxWattsByProcessor',
    ['W per vCPU', 'W per GPU'],
    'MAX_WATTS_BY_COMPUTE_PROCESSOR',
  ],
  ['memoryGbPerChipAvg', 'memoryGBPerChipAvg', 'GB per physical chip', 'MEMORY_AVG'],
  [
    'memoryGbPerChipByProcessor',
    'memoryGBPerChipByProcessor',
    'GB per physical chip',
    'MEMORY_BY_COMPUTE_PROCESSOR',
  ],
  ['ssdWhPerTbHour', 'ssdCoefficient_WhPerTBh', 'Wh per TB-hour', 'SSDCOEFFICIENT'],
  ['hddWhPerTbHour', 'hddCoefficient_WhPerTBh', 'Wh per TB-hour', 'HDDCOEFFICIENT'],
  ['networkingKwhPerGb', 'networkingCoefficient_kWhPerGB', 'kWh per GB', 'NETWORKING_COEFFICIENT'],
  ['memoryKwhPerGbHour', 'memoryCoefficient_kWhPerGBh', 'kWh per GB-hour', 'MEMORY_COEFFICIENT'],
  ['serverLifespanHours', 'serverExpectedLifespanHours', 'hours', 'SERVER_EXPECTED_LIFESPAN'],
  ['replicationFactors', 'replicationFactors', 'copies (energy multiplier)', 'REPLICATION_FACTORS'],
];

/** Every constant as { value, unit, source }; tables (per processor, per service) as a map of those. */
function constantFigures(c) {
  const out = {};
  for (const [key, srcKey, unit, ccfName] of CONSTANTS) {
    const [cpuUnit, gpuUnit = cpuUnit] = Array.isArray(unit) ? unit : [unit];
    const source = `AWS_CLOUD_CONSTANTS.${ccfName}`;
    const v = c[srcKey];
    out[key] =
      typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.entries(v).map(([k, x]) => [k, fig(x, isGpu(k) ? gpuUnit : cpuUnit, source)]),
          )
        : fig(v, cpuUnit, source);
  }
  return out;
}

function instanceRow(r) {
  if (r === null) return null;
  const processors = r.processors ?? [];
  return {
    vCpu: r.vCPU,
    memoryGiB: r.memoryGiB,
    processors,
    minWattsPerVcpu: r.minWattsPerVcpu,
    maxWattsPerVcpu: r.maxWattsPerVcpu,
    // CCF keeps embodied emissions in metric tons; the project reports kg.
    scope3KgCo2eHost: r.scope3_tCO2e_host === null ? null : shiftDecimal(r.scope3_tCO2e_host, 3),
    largestVcpuInFamily: r.largestVcpuInFamily,
    burstableBaselinePercent: r.burstableBaselinePercent,
    gpus: r.gpus,
    gpuProcessors: r.gpuProcessors,
  };
}

export function buildCarbon(src) {
  const c = src.constants;
  const notes = [...src.notes];
  const byRegion = {};
  let unknownRegion = null;
  for (const [code, f] of Object.entries(src.emissionFactorsByRegion)) {
    // The CCF figure is t/kWh; g/kWh is derived by an exact decimal shift and checked against the
    // source's own g column, which is rounded in places.
    const g = shiftDecimal(f.tCO2e_per_kWh, 6);
    if (Math.abs(g - f.gCO2e_per_kWh) > 0.0005 + 1e-9)
      throw new Error(`${code}: g/kWh disagrees with t/kWh`);
    if (g !== f.gCO2e_per_kWh)
      notes.push(
        `${code}: source gCO2e_per_kWh ${f.gCO2e_per_kWh} is the t/kWh figure rounded; ${g} (= ${f.tCO2e_per_kWh} t x 1e6) is used.`,
      );
    const row = { gCo2ePerKwh: g, basis: f.basis };
    if (typeof f.gCO2e_per_kWh_core_1_0_0 === 'number')
      row.gCo2ePerKwhCore100 = f.gCO2e_per_kWh_core_1_0_0;
    if (code === 'Unknown') unknownRegion = row;
    else byRegion[code] = row;
  }
  if (!unknownRegion) throw new Error('no "Unknown" emission factor');
  const other = src.otherInstanceVcpus;
  const redshift = {};
  for (const [family, sizes] of Object.entries(other.redshift)) {
    for (const [size, [vCpu, memoryGiB]] of Object.entries(sizes))
      redshift[`${family}.${size}`] = { vCpu, memoryGiB };
  }
  const vcpuTable = (t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, { vCpu: v }]));
  notes.push(
    'Import rules (scripts/import-reference-data.mjs): scope3 is converted from tCO2e to kgCO2e (x 1000, exact decimal shift); emission factors are g/kWh (t/kWh x 1e6); watts tables give W per vCPU for CPUs and W per GPU for GPUs (CCF uses the GPU rows per GPU); otherInstanceTypes.redshift pairs are read as [vCPU, memory GiB]; instance types CCF lacks stay null.',
    `CCF estimates usage it cannot classify by ${c.estimateUnknownUsageBy} (ESTIMATE_UNKNOWN_USAGE_BY).`,
  );
  return {
    source: src.source,
    retrieved: src.retrieved,
    license: src.license,
    methodology: 'https://www.cloudcarbonfootprint.org/docs/methodology',
    notes,
    formulas: src.formulas,
    constants: constantFigures(c),
    emissionFactors: {
      unit: 'gCO2e per kWh',
      source: `${CCF_AWS} AWS_EMISSIONS_FACTORS_METRIC_TON_PER_KWH (US Regions: @cloud-carbon-footprint/core@0.17.3 US_NERC_REGIONS_EMISSIONS_FACTORS)`,
      unknownRegion,
      byRegion,
      usNercRegionsTco2ePerKwh: src.usNercRegionFactors_tCO2e_per_kWh,
    },
    instanceTypes: {
      source: `${CCF_AWS} dist/lib/AWSInstanceTypes.js (EC2_INSTANCE_TYPES, INSTANCE_TYPE_COMPUTE_PROCESSOR_MAPPING, BURSTABLE_INSTANCE_BASELINE_UTILIZATION, GPU tables)`,
      units: {
        vCpu: 'vCPU',
        memoryGiB: 'GiB',
        minWattsPerVcpu: 'W per vCPU',
        maxWattsPerVcpu: 'W per vCPU',
        scope3KgCo2eHost: 'kgCO2e embodied in the whole host (largest size of the family)',
        largestVcpuInFamily: 'vCPU',
        burstableBaselinePercent: '% CPU baseline',
        gpus: 'GPUs per instance',
      },
      types: Object.fromEntries(
        Object.entries(src.instanceTypes).map(([t, r]) => [t, instanceRow(r)]),
      ),
    },
    otherInstanceTypes: {
      source: `${CCF_AWS} dist/lib/AWSInstanceTypes.js (RDS, ElastiCache and Redshift tables); null = not in CCF`,
      rds: vcpuTable(other.rds),
      elasticache: vcpuTable(other.elasticache),
      redshift,
    },
    storageClassification: src.storageClassification,
  };
}

export function buildRegions(src, prices, carbon) {
  const priced = new Set(prices.regions);
  const hasFactor = (code) => code in carbon.emissionFactors.byRegion;
  const regions = src.regions.map((r) => {
    if (priced.has(r.code) !== r.inAwsPricesJson)
      throw new Error(`${r.code}: priced flag disagrees with aws-prices.json`);
    if (hasFactor(r.code) !== r.carbonFactorInCCF)
      throw new Error(`${r.code}: carbon flag disagrees with carbon-factors.json`);
    return {
      code: r.code,
      partition: r.partition,
      name: r.name,
      priceListName: r.priceListName,
      geography: r.geography,
      country: r.country,
      city: r.city,
      cityBasis: r.cityBasis,
      lat: r.lat,
      lon: r.lon,
      electricityMapsZone: r.electricityMapsZoneCCF,
      priced: priced.has(r.code),
      carbonFactor: hasFactor(r.code),
    };
  });
  for (const code of priced)
    if (!regions.some((r) => r.code === code)) throw new Error(`${code}: priced but not a Region`);
  return {
    source: src.source,
    retrieved: src.retrieved,
    attribution: src.attribution,
    notes: src.notes,
    regions,
  };
}

function parseArgs(argv) {
  let src = resolve(repoRoot, '../shared/data');
  let out = join(repoRoot, 'catalog/data');
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = resolve(argv[++i] ?? '.');
    else src = resolve(argv[i]);
  }
  return { src, out };
}

function main() {
  const { src, out } = parseArgs(process.argv.slice(2));
  const read = (name) => JSON.parse(readFileSync(join(src, name), 'utf8'));
  try {
    const pricesIn = read('aws-prices.json');
    const prices = buildPrices(pricesIn);
    for (const code of prices.regions) {
      if (!pricesIn.regionNames?.[code])
        throw new Error(`${code}: no price-list name in aws-prices.json`);
    }
    const carbon = buildCarbon(read('carbon-factors.json'));
    const regions = buildRegions(read('aws-regions.json'), prices, carbon);
    for (const code of prices.regions) {
      const r = regions.regions.find((x) => x.code === code);
      if (r.priceListName !== pricesIn.regionNames[code])
        throw new Error(`${code}: price-list names disagree`);
    }
    mkdirSync(out, { recursive: true });
    for (const [name, data] of [
      ['prices.json', prices],
      ['carbon.json', carbon],
      ['regions.json', regions],
    ]) {
      writeFileSync(join(out, name), `${JSON.stringify(data, null, 2)}\n`);
      console.log(`wrote ${join(out, name)}`);
    }
  } catch (err) {
    console.error(`import-reference-data: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
