/**
 * Read access to the official CloudFormation resource specification (@aws-cdk/aws-service-spec)
 * for tests only: the database is ~10 MB and must never reach the shipped bundle.
 */
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';

type SpecType =
  | { type: 'string' | 'number' | 'integer' | 'boolean' | 'json' | 'date-time' | 'tag' | 'null' }
  | { type: 'ref'; reference: { $ref: string } }
  | { type: 'array' | 'map'; element: SpecType }
  | { type: 'union'; types: SpecType[] };

interface SpecProperty {
  type: SpecType;
  required?: boolean;
}
interface SpecResource {
  cloudFormationType: string;
  properties: Record<string, SpecProperty>;
  attributes: Record<string, { type: SpecType }>;
}
interface SpecTypeDef {
  name: string;
  properties: Record<string, SpecProperty>;
}

type Db = ReturnType<typeof loadAwsServiceSpecSync>;
let db: Db | undefined;
const resources = new Map<string, SpecResource | null>();

function database(): Db {
  db ??= loadAwsServiceSpecSync();
  return db;
}

export function specResource(type: string): SpecResource | null {
  if (!resources.has(type)) {
    const [r] = database().lookup('resource', 'cloudFormationType', 'equals', type);
    resources.set(type, (r as unknown as SpecResource) ?? null);
  }
  return resources.get(type)!;
}

export function specTypeDef(ref: string): SpecTypeDef {
  return database().get('typeDefinition', ref) as unknown as SpecTypeDef;
}

/** Property maps reachable one step into `t` (through refs, arrays, maps and unions). */
export function nestedProperties(t: SpecType): Record<string, SpecProperty>[] {
  switch (t.type) {
    case 'ref':
      return [specTypeDef(t.reference.$ref).properties];
    case 'array':
    case 'map':
      return nestedProperties(t.element);
    case 'union':
      return t.types.flatMap(nestedProperties);
    default:
      return [];
  }
}

/** Whether a dotted property path (e.g. `VpcConfig.SubnetIds`) exists on a resource type. */
export function hasPropertyPath(type: string, path: string): boolean {
  const r = specResource(type);
  if (!r) return false;
  let level: Record<string, SpecProperty>[] = [r.properties];
  for (const part of path.split('.')) {
    const found = level.map((props) => props[part]).filter((p): p is SpecProperty => !!p);
    if (found.length === 0) return false;
    level = found.flatMap((p) => nestedProperties(p.type));
  }
  return true;
}

export type { SpecType, SpecProperty, SpecResource, SpecTypeDef };
