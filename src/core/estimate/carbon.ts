/**
 * Carbon by the Cloud Carbon Footprint method (https://www.cloudcarbonfootprint.org/docs/methodology),
 * with CCF's own coefficients from catalog/data/carbon.json:
 *
 *   compute kWh   = vCPU-hours x (min W + utilisation x (max W - min W)) / 1000 x PUE
 *   memory kWh    = GB-hours above the processor's SPECpower memory x 0.000392 kWh/GB-h x PUE
 *   storage kWh   = TB-hours x (SSD 1.2 | HDD 0.65 Wh/TB-h) / 1000 x PUE x replication
 *   network kWh   = GB x 0.001 kWh/GB x PUE
 *   operational   = kWh x the Region's grid factor (location-based, g CO2e/kWh) / 1000
 *   embodied kg   = host scope 3 kg x hours / 35,040 h lifespan x vCPU / largest vCPU of the family
 *
 * Energy and embodied emissions do not depend on the Region; only the grid factor does, so a
 * node's footprint is computed once and multiplied per Region.
 */
import {
  carbonConstants as K,
  emissionFactor,
  instanceSpec,
  unknownRegionEmissionFactor,
  type InstanceSpec,
} from '../catalog/tables.ts';
import { fmtNum } from './node-input.ts';
import { HOURS_PER_MONTH } from './prices.ts';
import type { Footprint } from './types.ts';

/** GB in a TB for CCF's storage coefficients (CCF divides GB by 1,000). */
const GB_PER_TB_CCF = 1000;
const UTILISATION = K.avgCpuUtilizationPercent.value / 100;

/**
 * The market-based view, for the panel and the CLI. Cloudwright reports location-based emissions
 * only; it does not invent market-based factors.
 */
export const MARKET_BASED_NOTE =
  'Emissions here are location-based: energy times the average grid emission factor of the Region ' +
  "(Cloud Carbon Footprint's factors: US EPA eGRID for US Regions, EEA and carbonfootprint.com country " +
  'factors elsewhere). A market-based figure would subtract the renewable energy AWS buys and matches ' +
  'to its consumption (power purchase agreements, certificates); AWS publishes that only as account-level ' +
  'totals in its Customer Carbon Footprint Tool, not as per-Region factors, so it is not modelled and no ' +
  'factor is invented for it. Market-based emissions are usually lower than these figures, never a reason ' +
  'to read these as zero.';

/** Method summary shown with every estimate. */
export const CARBON_METHOD_NOTE =
  `Carbon by the Cloud Carbon Footprint method: PUE ${K.pue.value}, CPU utilisation ${K.avgCpuUtilizationPercent.value}%, ` +
  `memory ${K.memoryKwhPerGbHour.value} kWh/GB-h, SSD ${K.ssdWhPerTbHour.value} and HDD ${K.hddWhPerTbHour.value} Wh/TB-h, ` +
  `networking ${K.networkingKwhPerGb.value} kWh/GB, embodied emissions over a ${fmtNum(K.serverLifespanHours.value)} h server life; ` +
  'location-based grid factors per Region.';

/** Region-independent carbon of one node: energy a month and embodied emissions a month. */
export interface NodeCarbon {
  kwhMonth: number;
  embodiedKgMonth: number;
}

interface InstanceRates {
  spec: InstanceSpec;
  /** kWh per instance-hour, compute + memory + GPU, PUE included. */
  kwhPerHour: number;
  /** kg CO2e embodied per instance-hour. */
  embodiedKgPerHour: number;
  notes: string[];
}

const rateCache = new Map<string, InstanceRates | null>();

function avg(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** CCF's memory per physical chip for the processors (their mean; the overall average when any is unknown). */
function processorMemoryGb(processors: readonly string[]): number {
  const known = processors.map((p) => K.memoryGbPerChipByProcessor[p]?.value);
  if (known.length === 0 || known.some((v) => v === undefined)) return K.memoryGbPerChipAvg.value;
  return avg(known as number[]);
}

/**
 * GB of memory per instance-hour above what SPECpower's server rows already include (CCF's
 * `calculateGigabyteHours`). CCF reads the family's largest size from its table; carbon.json keeps
 * its vCPUs, and memory scales with vCPUs within a family (CCF's own assumption), so the largest
 * size's memory is this type's memory x largest vCPU / vCPU. Burstable types get none, as in CCF.
 */
function extraMemoryGb(spec: InstanceSpec): number {
  if (
    spec.burstableBaselinePercent !== null ||
    spec.memoryGiB === null ||
    spec.largestVcpuInFamily === null
  )
    return 0;
  const largestMemoryGb = (spec.memoryGiB * spec.largestVcpuInFamily) / spec.vCpu;
  const chips = Math.ceil(spec.largestVcpuInFamily / 96);
  const delta = largestMemoryGb / chips - processorMemoryGb(spec.processors);
  return delta > 0 ? (delta * spec.vCpu) / spec.largestVcpuInFamily : 0;
}

function gpuWatts(spec: InstanceSpec): number {
  if (!spec.gpus || !spec.gpuProcessors || spec.gpuProcessors.length === 0) return 0;
  const mins = spec.gpuProcessors
    .map((g) => K.minWattsByProcessor[g]?.value)
    .filter((v): v is number => v !== undefined);
  const maxs = spec.gpuProcessors
    .map((g) => K.maxWattsByProcessor[g]?.value)
    .filter((v): v is number => v !== undefined);
  if (mins.length === 0 || maxs.length === 0) return 0;
  const min = avg(mins);
  return spec.gpus * (min + UTILISATION * (avg(maxs) - min));
}

/** Energy and embodied emissions per hour of one instance type, or null when CCF has no vCPU count for it. */
export function instanceRates(type: string): InstanceRates | null {
  const hit = rateCache.get(type);
  if (hit !== undefined) return hit;
  const spec = instanceSpec(type);
  let out: InstanceRates | null = null;
  if (spec) {
    const notes = [...spec.assumptions];
    const cpuWatts =
      spec.vCpu *
      (spec.minWattsPerVcpu + UTILISATION * (spec.maxWattsPerVcpu - spec.minWattsPerVcpu));
    const memoryKwh = extraMemoryGb(spec) * K.memoryKwhPerGbHour.value;
    const kwhPerHour = ((cpuWatts + gpuWatts(spec)) / 1000 + memoryKwh) * K.pue.value;
    let embodiedKgPerHour = 0;
    if (spec.scope3KgCo2eHost !== null && spec.largestVcpuInFamily) {
      embodiedKgPerHour =
        (spec.scope3KgCo2eHost / K.serverLifespanHours.value) *
        (spec.vCpu / spec.largestVcpuInFamily);
    } else {
      notes.push(
        `CCF has no embodied-emissions figure for ${spec.ec2Type}; embodied emissions left out.`,
      );
    }
    out = { spec, kwhPerHour, embodiedKgPerHour, notes };
  }
  rateCache.set(type, out);
  return out;
}

/** Watts of one vCPU of unknown hardware (serverless), CCF's averages at the average utilisation. */
export const SERVERLESS_WATTS_PER_VCPU =
  K.minWattsPerVcpuAvg.value +
  UTILISATION * (K.maxWattsPerVcpuAvg.value - K.minWattsPerVcpuAvg.value);

/** kWh a month of storage kept all month: GB-month / 1000 x 730 h x Wh/TB-h / 1000 x PUE x replication. */
export function storageKwh(gbMonth: number, medium: 'ssd' | 'hdd', replication: number): number {
  const whPerTbHour = medium === 'ssd' ? K.ssdWhPerTbHour.value : K.hddWhPerTbHour.value;
  return (
    ((gbMonth / GB_PER_TB_CCF) * HOURS_PER_MONTH * whPerTbHour * K.pue.value * replication) / 1000
  );
}

/**
 * Energy and embodied emissions a month of a footprint. `medium` is the carbon model's storage
 * medium (storage-ssd, storage-hdd); null when a required figure is missing (the reason is pushed
 * to `notes`).
 */
export function footprintCarbon(
  fp: Footprint,
  medium: 'ssd' | 'hdd',
  notes: string[],
): NodeCarbon | null {
  let kwh = 0;
  let embodied = 0;
  for (const inst of fp.instances ?? []) {
    const rates = instanceRates(inst.type);
    if (!rates) {
      notes.push(`Carbon unknown: Cloud Carbon Footprint has no vCPU count for ${inst.type}.`);
      return null;
    }
    const instanceHours = inst.count * inst.hours;
    kwh += rates.kwhPerHour * instanceHours;
    embodied += rates.embodiedKgPerHour * instanceHours;
    notes.push(...rates.notes);
  }
  if (fp.instances && fp.instances.length > 0) {
    notes.push(
      `CPU utilisation ${K.avgCpuUtilizationPercent.value}% (CCF's average for hyperscale data centres).`,
    );
  }
  if (fp.vcpuHours !== undefined) {
    kwh += ((fp.vcpuHours * SERVERLESS_WATTS_PER_VCPU) / 1000) * K.pue.value;
    notes.push(
      `${fmtNum(fp.vcpuHours)} vCPU-h at CCF's average ${fmtNum(SERVERLESS_WATTS_PER_VCPU)} W per vCPU (processor unknown); no embodied figure for serverless.`,
    );
  }
  for (const s of fp.storage ?? []) {
    kwh += storageKwh(s.gbMonth, s.medium ?? medium, s.replication);
  }
  if (fp.networkGb) kwh += fp.networkGb * K.networkingKwhPerGb.value * K.pue.value;
  return { kwhMonth: kwh, embodiedKgMonth: embodied };
}

/** Grid factor (g CO2e per kWh) of a Region, with CCF's average for Regions it does not list. */
export function gridFactor(region: string): {
  gCo2ePerKwh: number;
  basis: string;
  assumed: boolean;
} {
  const f = emissionFactor(region);
  if (f) return { ...f, assumed: false };
  return {
    gCo2ePerKwh: unknownRegionEmissionFactor.gCo2ePerKwh,
    basis: unknownRegionEmissionFactor.basis,
    assumed: true,
  };
}
