import {
  CATEGORIES,
  EDGE_MEANINGS,
  ROOT,
  type CatalogEntry,
  type PropertySpec,
} from './types.ts';

/** One problem in the catalog data, located by entry id and field. */
export interface CatalogIssue {
  id: string;
  field: string;
  message: string;
}

const KINDS = new Set(['service', 'container', 'generic']);
const PROPERTY_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'enum', 'cidr', 'string-list']);
const MEANINGS = new Set<string>(EDGE_MEANINGS);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEY = /^[a-z][a-zA-Z0-9]*$/;
const CFN_TYPE = /^(AWS|Alexa)::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

export const PRICING_KEYS = new Set([
  'ec2', 'ebs', 's3', 'lambda', 'apigateway', 'sqs', 'sns', 'kinesis_data_streams', 'firehose',
  'dynamodb', 'rds', 'aurora', 'redshift', 'elasticache', 'nat_gateway', 'elb', 'vpc', 'cloudfront',
  'appstream', 'wickr', 'outposts', 'free', 'unpriced',
]);
export const CARBON_KEYS = new Set([
  'instance', 'serverless', 'storage-ssd', 'storage-hdd', 'networking', 'none', 'unmodelled',
]);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function checkProperty(entry: CatalogEntry, p: PropertySpec, i: number, out: CatalogIssue[]): void {
  const field = `properties[${i}]${typeof p?.key === 'string' ? ` (${p.key})` : ''}`;
  const bad = (message: string): void => {
    out.push({ id: entry.id, field, message });
  };
  if (!isObject(p)) return bad('must be an object');
  if (typeof p.key !== 'string' || !KEY.test(p.key)) bad('key must be camelCase');
  if (typeof p.label !== 'string' || !p.label) bad('label is required');
  if (typeof p.help !== 'string' || !p.help) bad('help is required');
  if (!PROPERTY_TYPES.has(p.type)) return bad(`unknown type "${String(p.type)}"`);
  if (p.type === 'enum') {
    if (!Array.isArray(p.allowed) || p.allowed.length === 0) bad('enum needs allowed values');
    else if (p.default !== undefined && !p.allowed.includes(p.default as string)) {
      bad(`default ${JSON.stringify(p.default)} is not among the allowed values`);
    }
  }
  if (p.type === 'number' || p.type === 'integer') {
    if (p.default !== undefined && typeof p.default !== 'number') bad('numeric default must be a number');
    if (typeof p.default === 'number') {
      if (p.type === 'integer' && !Number.isInteger(p.default)) bad('integer default must be whole');
      if (p.min !== undefined && p.default < p.min) bad('default is below min');
      if (p.max !== undefined && p.default > p.max) bad('default is above max');
    }
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) bad('min is above max');
  }
  if (p.type === 'boolean' && p.default !== undefined && typeof p.default !== 'boolean') {
    bad('boolean default must be true or false');
  }
  if (p.type === 'string-list' && p.default !== undefined && !Array.isArray(p.default)) {
    bad('string-list default must be an array');
  }
  if ((p.type === 'string' || p.type === 'cidr') && p.default !== undefined && typeof p.default !== 'string') {
    bad('string default must be a string');
  }
  if (p.cfn !== undefined && (typeof p.cfn !== 'string' || !/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*$/.test(p.cfn))) {
    bad('cfn must be a dotted CloudFormation property path');
  }
}

/**
 * Checks the shape of every entry and the references between them (parents, connection targets,
 * pricing and carbon keys). Icon files and CloudFormation names are checked against their packages
 * in the tests, since those packages stay out of the shipped bundle.
 */
export function checkCatalog(entries: readonly CatalogEntry[]): CatalogIssue[] {
  const out: CatalogIssue[] = [];
  const ids = new Map<string, CatalogEntry>();
  for (const e of entries) {
    if (ids.has(e.id)) out.push({ id: e.id, field: 'id', message: 'duplicate id' });
    ids.set(e.id, e);
  }
  const containers = new Set(entries.filter((e) => e.kind === 'container').map((e) => e.id));
  for (const e of entries) {
    const bad = (field: string, message: string) => out.push({ id: String(e.id), field, message });
    if (typeof e.id !== 'string' || !ID.test(e.id)) bad('id', 'must be kebab-case');
    if (!KINDS.has(e.kind)) bad('kind', `unknown kind "${String(e.kind)}"`);
    if (typeof e.name !== 'string' || !e.name) bad('name', 'is required');
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string')) bad('aliases', 'must be strings');
    if (!(e.category in CATEGORIES)) bad('category', `unknown category "${String(e.category)}"`);
    if (typeof e.description !== 'string' || e.description.length < 10) bad('description', 'is required');
    if (typeof e.icon !== 'string' || !e.icon.endsWith('.svg')) bad('icon', 'must name an SVG');
    if (e.kind === 'container' && !isObject(e.container)) bad('container', 'containers need their group style');
    if (!Array.isArray(e.cfn)) bad('cfn', 'must be an array');
    else {
      e.cfn.forEach((c, i) => {
        if (!isObject(c) || typeof c.type !== 'string' || !CFN_TYPE.test(c.type)) bad(`cfn[${i}]`, 'needs a CloudFormation type');
      });
      if (e.cfn.length === 0 && e.kind === 'service' && !e.notExportable) {
        bad('notExportable', 'a service with no CloudFormation resource must say why');
      }
    }
    if (!Array.isArray(e.properties)) bad('properties', 'must be an array');
    else {
      e.properties.forEach((p, i) => checkProperty(e, p, i, out));
      const keys = e.properties.map((p) => p.key);
      if (new Set(keys).size !== keys.length) bad('properties', 'duplicate property key');
    }
    if (!Array.isArray(e.usage)) bad('usage', 'must be an array');
    else {
      e.usage.forEach((u, i) => {
        if (!isObject(u) || typeof u.key !== 'string' || !KEY.test(u.key)) bad(`usage[${i}]`, 'key must be camelCase');
        else if (typeof u.unit !== 'string' || typeof u.default !== 'number' || u.default < 0) {
          bad(`usage[${i}] (${u.key})`, 'needs a unit and a non-negative numeric default');
        }
      });
    }
    if (!isObject(e.placement) || !Array.isArray(e.placement.parents) || e.placement.parents.length === 0) {
      bad('placement', 'needs at least one parent');
    } else {
      for (const p of e.placement.parents) {
        if (p !== ROOT && !containers.has(p)) bad('placement.parents', `"${p}" is not a container`);
      }
      for (const p of e.placement.requiresAncestor ?? []) {
        if (!containers.has(p)) bad('placement.requiresAncestor', `"${p}" is not a container`);
      }
    }
    if (!Array.isArray(e.connections)) bad('connections', 'must be an array');
    else {
      e.connections.forEach((c, i) => {
        if (!MEANINGS.has(c.meaning)) bad(`connections[${i}]`, `unknown meaning "${String(c.meaning)}"`);
        for (const t of c.to ?? []) {
          if (t === '*') continue;
          if (t.startsWith('category:')) {
            if (!(t.slice(9) in CATEGORIES)) bad(`connections[${i}]`, `unknown category "${t}"`);
          } else if (!ids.has(t)) bad(`connections[${i}]`, `unknown target "${t}"`);
          else if (ids.get(t)!.kind === 'container') bad(`connections[${i}]`, `"${t}" is a container`);
        }
      });
    }
    if (e.pricing !== null && !PRICING_KEYS.has(e.pricing)) bad('pricing', `unknown pricing model "${e.pricing}"`);
    if (e.carbon !== null && !CARBON_KEYS.has(e.carbon)) bad('carbon', `unknown carbon model "${e.carbon}"`);
  }
  return out;
}
