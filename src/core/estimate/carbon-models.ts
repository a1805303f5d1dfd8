/**
 * The carbon models, one per catalog `carbon` key. A pricing model's footprint is used when it
 * gives one; otherwise the node's own settings are read (instance type and count, task vCPUs,
 * storage GB). A model that finds nothing to measure returns null: the carbon is unknown, never 0.
 */
import { carbonConstants } from '../catalog/tables.ts';
import { footprintCarbon, type NodeCarbon } from './carbon.ts';
import { LAMBDA_MB_PER_VCPU } from './pricing/lambda.ts';
import type { Footprint, NodeInput, PricingResult } from './types.ts';

/** Properties that name an instance type or class, in the order they are looked for. */
const TYPE_KEYS = [
  'instanceType',
  'instanceClass',
  'nodeType',
  'nodeInstanceType',
  'computeInstanceType',
  'brokerInstanceType',
];
/** Properties that count instances or tasks. */
const COUNT_KEYS = [
  'desiredCount',
  'desiredInstances',
  'numberOfNodes',
  'nodeCount',
  'computeNodes',
  'instanceCount',
  'minInstances',
];
/** Properties holding a size in GB when the entry has no `storageGb` usage input. */
const STORAGE_KEYS = ['allocatedStorageGb', 'storageGb', 'volumeSizeGb', 'storageCapacityGb'];

/** CCF replication factor by catalog id, for storage read from a node's settings. */
const REPLICATION: Record<string, keyof typeof carbonConstants.replicationFactors> = {
  'efs-file-system': 'EFS',
  'ecr-repository': 'ECR_STORAGE',
  'documentdb-cluster': 'DOCUMENT_DB_STORAGE',
  'dynamodb-table': 'DYNAMO_DB',
  's3-bucket': 'S3',
  's3-glacier': 'S3',
  'ebs-volume': 'EC2_EBS_VOLUME',
  'aurora-cluster': 'RDS_AURORA',
};

function instanceCount(n: NodeInput): number {
  if (n.hasUsage('nodeCount')) return n.usage('nodeCount');
  for (const key of COUNT_KEYS) {
    const v = n.prop(key);
    if (typeof v === 'number' && Number.isFinite(v)) return Math.max(0, v);
  }
  return 1;
}

/** vCPUs from a `cpu`/`taskCpu` setting: "1 vCPU", "0.25 vCPU", or CPU units ("512" = 0.5 vCPU). */
function vcpusOf(n: NodeInput): number | null {
  for (const key of ['taskCpu', 'cpu']) {
    const v = n.prop(key);
    if (typeof v === 'number') return v / 1024;
    if (typeof v === 'string' && v !== '') {
      const x = Number.parseFloat(v);
      if (!Number.isFinite(x)) continue;
      return /vcpu/i.test(v) ? x : x / 1024;
    }
  }
  return null;
}

function genericInstances(n: NodeInput): Footprint | null {
  for (const key of TYPE_KEYS) {
    const type = n.prop(key);
    if (typeof type === 'string' && /^[a-z0-9.-]+\.[a-z0-9]+$/.test(type)) {
      return { instances: [{ type, count: instanceCount(n), hours: n.runningHours() }] };
    }
  }
  return null;
}

function genericServerless(n: NodeInput): Footprint | null {
  const vcpus = vcpusOf(n);
  if (vcpus !== null) {
    const tasks = instanceCount(n);
    n.assume(
      `${tasks} task${tasks === 1 ? '' : 's'} of ${vcpus} vCPU running ${Math.round(n.runningHours())} h/month.`,
    );
    return { vcpuHours: vcpus * tasks * n.runningHours() };
  }
  if (
    n.hasUsage('requestsPerMonth') &&
    n.hasUsage('avgDurationMs') &&
    typeof n.prop('memoryMb') === 'number'
  ) {
    const seconds = n.usage('requestsPerMonth') * (n.usage('avgDurationMs') / 1000);
    return { vcpuHours: (seconds * (n.num('memoryMb', 128) / LAMBDA_MB_PER_VCPU)) / 3600 };
  }
  return null;
}

function genericStorage(n: NodeInput): Footprint | null {
  let gb: number | null = null;
  if (n.hasUsage('storageGb')) gb = n.usage('storageGb');
  else {
    for (const key of STORAGE_KEYS) {
      const v = n.prop(key);
      if (typeof v === 'number' && Number.isFinite(v)) {
        gb = Math.max(0, v);
        break;
      }
    }
  }
  if (gb === null) return null;
  const rk = REPLICATION[n.entry.id];
  const replication = rk
    ? carbonConstants.replicationFactors[rk].value
    : carbonConstants.replicationFactors.DEFAULT.value;
  return {
    storage: [{ gbMonth: gb, replication, label: 'storage' }],
    networkGb: n.hasUsage('dataOutGb') ? n.usage('dataOutGb') : 0,
  };
}

function genericNetwork(n: NodeInput): Footprint {
  if (n.hasUsage('dataOutGb')) return { networkGb: n.usage('dataOutGb') };
  if (n.hasUsage('dataProcessedGb')) return { networkGb: n.usage('dataProcessedGb') };
  n.assume('Carbon: no data volume to count (CCF counts data leaving the Region or the cloud).');
  return { networkGb: 0 };
}

function hasMeasure(fp: Footprint | undefined, what: 'compute' | 'storage' | 'network'): boolean {
  if (!fp) return false;
  if (what === 'compute') return (fp.instances?.length ?? 0) > 0 || fp.vcpuHours !== undefined;
  if (what === 'storage') return (fp.storage?.length ?? 0) > 0;
  return fp.networkGb !== undefined;
}

/**
 * Region-independent energy and embodied emissions of one node under its catalog `carbon` key,
 * or null when unknown (the reason is added to `notes`).
 */
export function nodeCarbon(
  key: string | null,
  priced: PricingResult | null,
  n: NodeInput,
  notes: string[],
): NodeCarbon | null {
  if (key === null || key === 'none') return { kwhMonth: 0, embodiedKgMonth: 0 };
  if (priced?.carbonUnknown) {
    notes.push(`Carbon unknown: ${priced.carbonUnknown}`);
    return null;
  }
  if (n.onOutpost) {
    notes.push(
      "Carbon unknown: an Outpost runs on its site's electricity grid, whose emission factor is not known.",
    );
    return null;
  }
  const own = priced?.footprint;
  let fp: Footprint | null;
  let medium: 'ssd' | 'hdd' = 'ssd';
  switch (key) {
    case 'instance':
      fp = hasMeasure(own, 'compute') ? own! : genericInstances(n);
      break;
    case 'serverless':
      fp = hasMeasure(own, 'compute') ? own! : genericServerless(n);
      break;
    case 'storage-ssd':
    case 'storage-hdd':
      medium = key === 'storage-ssd' ? 'ssd' : 'hdd';
      fp = hasMeasure(own, 'storage') ? own! : genericStorage(n);
      break;
    case 'networking':
      fp = hasMeasure(own, 'network') ? own! : genericNetwork(n);
      break;
    case 'unmodelled':
      notes.push(`Carbon unknown: Cloud Carbon Footprint has no method for ${n.entry.name}.`);
      return null;
    default:
      notes.push(`Carbon unknown: no carbon model "${key}".`);
      return null;
  }
  if (!fp) {
    notes.push(
      `Carbon unknown: ${n.entry.name} gives no ${key === 'instance' ? 'instance type' : key === 'serverless' ? 'vCPU figure' : 'storage size'} to measure.`,
    );
    return null;
  }
  return footprintCarbon(fp, medium, notes);
}
