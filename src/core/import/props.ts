/**
 * Resource properties -> a node's catalog properties: the reverse of the catalog's `cfn` paths, plus
 * the settings the exporter's service mappings write in their own way. Only values the catalog
 * accepts are kept; a Ref to a parameter takes the parameter's default.
 */
import type { CatalogEntry, PropertySpec } from '../catalog/types.ts';
import { propertyProblem } from '../model/check.ts';
import type { PropValue } from '../model/types.ts';
import { getPath } from '../export/properties.ts';
import { intrinsicName, isPlainObject } from '../export/template.ts';

/** A plain value for a property, resolving `Ref` to a parameter with a default; null otherwise. */
export function plainValue(v: unknown, parameters: Record<string, unknown>): unknown {
  if (intrinsicName(v) === 'Ref') {
    const p = parameters[(v as { Ref: string }).Ref];
    return isPlainObject(p) && p.Default !== undefined ? p.Default : null;
  }
  if (intrinsicName(v)) return null;
  return v;
}

/** The value converted to the property's type, or undefined when it does not fit. */
export function fit(spec: PropertySpec, raw: unknown): PropValue | undefined {
  let v: unknown = raw;
  if (v === null || v === undefined) return undefined;
  switch (spec.type) {
    case 'boolean':
      v = v === 'true' ? true : v === 'false' ? false : v;
      break;
    case 'integer':
    case 'number':
      v = typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;
      break;
    case 'enum':
      if (spec.allowed && !spec.allowed.includes(v as string | number)) {
        const match = spec.allowed.find((a) => String(a) === String(v));
        if (match !== undefined) v = match;
      }
      break;
    case 'string-list':
      if (typeof v === 'string') v = [v];
      break;
    case 'string':
    case 'cidr':
      if (typeof v === 'number') v = String(v);
      break;
  }
  if (Array.isArray(v) && spec.type !== 'string-list') return undefined;
  return propertyProblem(spec, v as PropValue) === null ? (v as PropValue) : undefined;
}

type Reverse = (props: Record<string, unknown>) => Record<string, unknown>;

const ENGINE: Record<string, string> = {
  postgres: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  'aurora-mysql': 'mysql',
  'aurora-postgresql': 'postgresql',
};

/** Settings the exporter writes without a one-to-one path, read back the same way. */
const REVERSE: Readonly<Record<string, Reverse>> = {
  'lambda-function': (p) => ({
    architecture: Array.isArray(p.Architectures) ? p.Architectures[0] : undefined,
    deadLetterQueue: p.DeadLetterConfig !== undefined || undefined,
  }),
  'sqs-queue': (p) => ({
    deadLetterQueue: p.RedrivePolicy !== undefined || undefined,
    encryption:
      p.KmsMasterKeyId !== undefined
        ? 'SSE-KMS'
        : p.SqsManagedSseEnabled === false
          ? 'none'
          : undefined,
  }),
  'sns-topic': (p) => ({ encryption: p.KmsMasterKeyId !== undefined }),
  'dynamodb-table': (p) => ({
    capacityMode:
      p.BillingMode === 'PROVISIONED'
        ? 'provisioned'
        : p.BillingMode === 'PAY_PER_REQUEST'
          ? 'on_demand'
          : undefined,
    stream: getPath(p, 'StreamSpecification.StreamViewType'),
    encryption:
      getPath(p, 'SSESpecification.SSEType') === 'KMS'
        ? 'customer-managed'
        : getPath(p, 'SSESpecification.SSEEnabled') === true
          ? 'aws-managed'
          : undefined,
  }),
  's3-bucket': (p) => ({
    versioning: getPath(p, 'VersioningConfiguration.Status') === 'Enabled',
    encryption:
      getPath(
        p,
        'BucketEncryption.ServerSideEncryptionConfiguration.ServerSideEncryptionByDefault.SSEAlgorithm',
      ) === 'aws:kms'
        ? 'SSE-KMS'
        : undefined,
    blockPublicAccess: p.PublicAccessBlockConfiguration !== undefined,
  }),
  'rds-instance': (p) => ({
    engine:
      ENGINE[String(p.Engine ?? '')] ??
      (String(p.Engine ?? '').startsWith('oracle')
        ? 'oracle'
        : String(p.Engine ?? '').startsWith('sqlserver')
          ? 'sqlserver'
          : undefined),
  }),
  'aurora-cluster': (p) => ({
    engine: ENGINE[String(p.Engine ?? '')],
    capacityMode: p.ServerlessV2ScalingConfiguration !== undefined ? 'serverless_v2' : undefined,
  }),
  'ec2-instance': (p) => ({
    volumeType: getPath(p, 'BlockDeviceMappings.Ebs.VolumeType'),
    volumeSizeGb: getPath(p, 'BlockDeviceMappings.Ebs.VolumeSize'),
    ebsEncrypted: getPath(p, 'BlockDeviceMappings.Ebs.Encrypted'),
  }),
  'application-load-balancer': (p) => ({ scheme: p.Scheme }),
};

/** Catalog properties of a node from its primary resource. */
export function importProps(
  entry: CatalogEntry,
  props: Record<string, unknown>,
  parameters: Record<string, unknown>,
): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const spec of entry.properties) {
    if (!spec.cfn) continue;
    const value = fit(spec, plainValue(getPath(props, spec.cfn), parameters));
    if (value !== undefined) out[spec.key] = value;
  }
  const more = REVERSE[entry.id === 's3-glacier' ? 's3-bucket' : entry.id]?.(props) ?? {};
  for (const [key, raw] of Object.entries(more)) {
    const spec = entry.properties.find((p) => p.key === key);
    const value = spec ? fit(spec, plainValue(raw, parameters)) : undefined;
    if (value !== undefined) out[key] = value;
  }
  return out;
}
