import type { DesignError } from './types.ts';

/**
 * Structural checks of untrusted JSON: field types and the keys a design may carry. They run
 * before anything reads the document, so later code may trust its shape.
 */

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/;
export const MAX_LABEL = 200;
export const MAX_NOTES = 10_000;

export type Shape =
  | 'string'
  | 'id'
  | 'label'
  | 'notes'
  | 'number'
  | 'boolean'
  | 'point'
  | 'size'
  | 'string-map'
  | 'number-map'
  | 'prop-map'
  | 'string-list'
  | 'object'
  | 'list';

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function finite(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** Why `value` does not have `shape`, or null. */
export function shapeProblem(shape: Shape, value: unknown): string | null {
  switch (shape) {
    case 'string':
      return typeof value === 'string' ? null : 'must be text';
    case 'id':
      return typeof value === 'string' && ID_PATTERN.test(value)
        ? null
        : 'must be 1-64 letters, digits, "_", ".", ":" or "-", starting with a letter or digit';
    case 'label':
      return typeof value === 'string' && value.length <= MAX_LABEL
        ? null
        : `must be text of at most ${MAX_LABEL} characters`;
    case 'notes':
      return typeof value === 'string' && value.length <= MAX_NOTES
        ? null
        : `must be text of at most ${MAX_NOTES} characters`;
    case 'number':
      return finite(value) ? null : 'must be a finite number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    case 'point':
      return isRecord(value) &&
        finite(value.x) &&
        finite(value.y) &&
        Object.keys(value).length === 2
        ? null
        : 'must be {"x": number, "y": number}';
    case 'size':
      return isRecord(value) &&
        finite(value.width) &&
        finite(value.height) &&
        value.width >= 0 &&
        value.height >= 0 &&
        Object.keys(value).length === 2
        ? null
        : 'must be {"width": number, "height": number}, not negative';
    case 'string-map':
      return isRecord(value) && Object.values(value).every((v) => typeof v === 'string')
        ? null
        : 'must map names to text';
    case 'number-map':
      return isRecord(value) && Object.values(value).every((v) => typeof v === 'number')
        ? null
        : 'must map names to numbers';
    case 'prop-map':
      return isRecord(value) &&
        Object.values(value).every(
          (v) =>
            ['string', 'number', 'boolean'].includes(typeof v) ||
            (Array.isArray(v) && v.every((s) => typeof s === 'string')),
        )
        ? null
        : 'must map names to text, numbers, true/false or lists of text';
    case 'string-list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string')
        ? null
        : 'must be a list of text';
    case 'object':
      return isRecord(value) ? null : 'must be an object';
    case 'list':
      return Array.isArray(value) ? null : 'must be a list';
  }
}

/**
 * Checks an object's fields against a table of shapes; reports missing required fields and
 * fields the format does not know.
 */
export function checkFields(
  value: Record<string, unknown>,
  fields: Record<string, { shape: Shape; required?: boolean }>,
  path: string,
  locate: Partial<DesignError>,
  out: DesignError[],
): void {
  for (const [key, spec] of Object.entries(fields)) {
    if (!(key in value) || value[key] === undefined) {
      if (spec.required)
        out.push({
          code: 'missing-field',
          message: `${path || 'design'}: "${key}" is required`,
          path: join(path, key),
          field: key,
          ...locate,
        });
      continue;
    }
    const problem = shapeProblem(spec.shape, value[key]);
    if (problem)
      out.push({
        code: 'invalid-field',
        message: `${describeLocation(path, locate)}${key} ${problem}`,
        path: join(path, key),
        field: key,
        ...locate,
      });
  }
  for (const key of Object.keys(value)) {
    if (!(key in fields)) {
      out.push({
        code: 'unknown-field',
        message: `${describeLocation(path, locate)}unknown field "${key}"`,
        path: join(path, key),
        field: key,
        ...locate,
      });
    }
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describeLocation(path: string, locate: Partial<DesignError>): string {
  if (locate.nodeId) return `node ${locate.nodeId}: `;
  if (locate.edgeId) return `edge ${locate.edgeId}: `;
  return path ? `${path}: ` : '';
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 32;

/**
 * Walks parsed JSON without recursion and reports keys that could reach an object's prototype
 * if ever merged, and nesting deeper than any design needs. Such input is refused, never applied.
 */
export function hostileKeys(value: unknown): DesignError[] {
  const out: DesignError[] = [];
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: value, path: '', depth: 0 }];
  while (stack.length > 0 && out.length < 20) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > MAX_DEPTH) {
      out.push({
        code: 'too-deep',
        message: `${path || 'document'}: nested more than ${MAX_DEPTH} levels deep`,
        path,
      });
      continue;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ v: item, path: `${path}[${i}]`, depth: depth + 1 }));
      continue;
    }
    for (const key of Object.keys(v)) {
      const here = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        out.push({
          code: 'forbidden-key',
          message: `${here}: the key "${key}" is not allowed in a design`,
          path: here,
          field: key,
        });
        continue;
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: here, depth: depth + 1 });
    }
  }
  return out;
}
