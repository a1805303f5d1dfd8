/**
 * Catalog properties <-> CloudFormation properties through the dotted `cfn` paths, in both
 * directions, so that the exporter and the importer can never disagree about a mapping.
 */
import type { CatalogEntry, PropertySpec } from '../catalog/types.ts';
import type { PropValue } from '../model/types.ts';
import { factsOf, type ValueKind } from './facts.ts';
import { intrinsicName, isPlainObject, type Json } from './template.ts';

type Obj = Record<string, Json>;

/** A deep copy of JSON data (catalog defaults are shared and must never be mutated). */
export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** A catalog value converted to the kind of value CloudFormation expects at the path. */
export function coerce(value: PropValue, kind: ValueKind | undefined): Json {
  switch (kind) {
    case 'string':
      return Array.isArray(value) ? value.join(',') : String(value);
    case 'number':
    case 'integer': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? n : (value as Json);
    }
    case 'boolean':
      return value === true || value === 'true';
    case 'array':
      return Array.isArray(value) ? [...value] : [value as Json];
    default:
      return Array.isArray(value) ? [...value] : value;
  }
}

/** Whether a property value means "not set": empty text or an empty list. */
export function isUnset(value: PropValue | undefined): value is undefined {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Sets `path` in `props`, creating objects on the way. Under a list prefix the rest of the path is
 * set on every element; a list that does not exist yet has no element to configure, so nothing is set.
 */
export function setPath(
  props: Obj,
  path: string,
  value: Json,
  lists: readonly string[] = [],
): boolean {
  const parts = path.split('.');
  const walk = (target: Obj, from: number): boolean => {
    let obj = target;
    for (let i = from; i < parts.length - 1; i += 1) {
      const key = parts[i];
      const prefix = parts.slice(0, i + 1).join('.');
      if (lists.includes(prefix)) {
        const list = obj[key];
        if (!Array.isArray(list) || list.length === 0) return false;
        let any = false;
        for (const item of list) if (isPlainObject(item)) any = walk(item as Obj, i + 1) || any;
        return any;
      }
      const next = obj[key];
      if (!isPlainObject(next) || intrinsicName(next)) obj[key] = {};
      obj = obj[key] as Obj;
    }
    obj[parts[parts.length - 1]] = value;
    return true;
  };
  return walk(props, 0);
}

/** The value at `path`, taking the first element of any list on the way; undefined when absent. */
export function getPath(props: unknown, path: string): unknown {
  let v: unknown = props;
  for (const key of path.split('.')) {
    if (Array.isArray(v)) v = v[0];
    if (!isPlainObject(v) || !Object.prototype.hasOwnProperty.call(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

/** The effective value of a property on a node: its own, else the catalog default. */
export function propValue(
  entry: CatalogEntry,
  props: Record<string, PropValue> | undefined,
  key: string,
): PropValue | undefined {
  if (props && Object.prototype.hasOwnProperty.call(props, key)) return props[key];
  return entry.properties.find((p) => p.key === key)?.default;
}

/**
 * Writes every mapped property of a node (its value or the catalog default) onto the properties
 * of its primary resource. Empty values mean "not set" and leave the catalog's defaults alone.
 * `skip` lists property keys a service mapping sets itself.
 */
export function applyProps(
  entry: CatalogEntry,
  nodeProps: Record<string, PropValue> | undefined,
  target: Obj,
  skip: ReadonlySet<string> = new Set(),
  parameterise?: (spec: PropertySpec, value: Json) => Json,
): void {
  const type = entry.cfn[0]?.type;
  if (!type) return;
  const facts = factsOf(type)?.paths ?? {};
  for (const spec of entry.properties) {
    if (!spec.cfn || skip.has(spec.key)) continue;
    const value = propValue(entry, nodeProps, spec.key);
    if (isUnset(value)) continue;
    const f = facts[spec.cfn];
    let json = coerce(value, f?.kind);
    if (parameterise) json = parameterise(spec, json);
    setPath(target, spec.cfn, json, f?.lists);
  }
}
