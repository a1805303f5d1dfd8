import { checkDesign } from './check.ts';
import { indexDesign } from './graph.ts';
import { migrate } from './migrate.ts';
import { checkFields, hostileKeys, isRecord, type Shape } from './shape.ts';
import type { DesignDocument, DesignEdge, DesignError, DesignNode, Result } from './types.ts';

/** Inputs above this are refused before parsing: no design needs more, and parsing costs memory. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

const DOC_FIELDS: Record<string, { shape: Shape; required?: boolean }> = {
  format: { shape: 'string', required: true },
  version: { shape: 'number', required: true },
  name: { shape: 'label', required: true },
  description: { shape: 'notes' },
  defaultRegion: { shape: 'string', required: true },
  context: { shape: 'object' },
  nodes: { shape: 'list', required: true },
  edges: { shape: 'list', required: true },
  suppressions: { shape: 'list' },
  cfn: { shape: 'object' },
};
const NODE_FIELDS: Record<string, { shape: Shape; required?: boolean }> = {
  id: { shape: 'id', required: true },
  service: { shape: 'string', required: true },
  label: { shape: 'label' },
  parent: { shape: 'id' },
  props: { shape: 'prop-map' },
  usage: { shape: 'number-map' },
  position: { shape: 'point' },
  size: { shape: 'size' },
  notes: { shape: 'notes' },
  tags: { shape: 'string-map' },
};
const EDGE_FIELDS: Record<string, { shape: Shape; required?: boolean }> = {
  id: { shape: 'id', required: true },
  source: { shape: 'id', required: true },
  target: { shape: 'id', required: true },
  label: { shape: 'label' },
  meaning: { shape: 'string' },
};
const CONTEXT_FIELDS: Record<string, { shape: Shape }> = {
  environment: { shape: 'string' },
  criticality: { shape: 'string' },
  rtoMinutes: { shape: 'number' },
  rpoMinutes: { shape: 'number' },
  dataClassification: { shape: 'string' },
  userLocations: { shape: 'string-list' },
  scheduleHoursPerWeek: { shape: 'number' },
};
const CONTEXT_VALUES: Record<string, readonly string[]> = {
  environment: ['production', 'staging', 'development', 'test'],
  criticality: ['low', 'medium', 'high', 'mission-critical'],
  dataClassification: ['public', 'internal', 'confidential', 'restricted'],
};
const SUPPRESSION_FIELDS: Record<string, { shape: Shape; required?: boolean }> = {
  rule: { shape: 'string', required: true },
  nodes: { shape: 'string-list', required: true },
  justification: { shape: 'notes', required: true },
  by: { shape: 'label' },
  at: { shape: 'string' },
};

function fail(code: string, message: string, path = ''): Result<never> {
  return { ok: false, errors: [{ code, message, path }] };
}

/** UTF-8 size without encoding the whole string when it is clearly small or clearly large. */
function byteLength(text: string): number {
  if (text.length * 3 <= MAX_INPUT_BYTES || text.length > MAX_INPUT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

/** Parses JSON text with the size limit; errors name the problem and where it is. */
export function parseJson(text: string): Result<unknown> {
  const size = byteLength(text);
  if (size > MAX_INPUT_BYTES) {
    return fail(
      'too-large',
      `input is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
    );
  }
  if (text.trim() === '') return fail('empty', 'input is empty');
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return fail('invalid-json', `not valid JSON: ${detail}`);
  }
}

function checkShape(doc: Record<string, unknown>): DesignError[] {
  const out: DesignError[] = [];
  checkFields(doc, DOC_FIELDS, '', {}, out);
  if (Array.isArray(doc.nodes)) {
    doc.nodes.forEach((n, i) => {
      if (!isRecord(n))
        out.push({
          code: 'invalid-field',
          message: `nodes[${i}] must be an object`,
          path: `nodes[${i}]`,
        });
      else
        checkFields(
          n,
          NODE_FIELDS,
          `nodes[${i}]`,
          typeof n.id === 'string' ? { nodeId: n.id } : {},
          out,
        );
    });
  }
  if (Array.isArray(doc.edges)) {
    doc.edges.forEach((e, i) => {
      if (!isRecord(e))
        out.push({
          code: 'invalid-field',
          message: `edges[${i}] must be an object`,
          path: `edges[${i}]`,
        });
      else
        checkFields(
          e,
          EDGE_FIELDS,
          `edges[${i}]`,
          typeof e.id === 'string' ? { edgeId: e.id } : {},
          out,
        );
    });
  }
  if (isRecord(doc.context)) {
    checkFields(doc.context, CONTEXT_FIELDS, 'context', {}, out);
    for (const [key, allowed] of Object.entries(CONTEXT_VALUES)) {
      const v = doc.context[key];
      if (typeof v === 'string' && !allowed.includes(v)) {
        out.push({
          code: 'invalid-field',
          message: `context.${key} "${v}" is not one of ${allowed.join(', ')}`,
          path: `context.${key}`,
          field: key,
        });
      }
    }
  }
  if (Array.isArray(doc.suppressions)) {
    doc.suppressions.forEach((s, i) => {
      if (!isRecord(s))
        out.push({
          code: 'invalid-field',
          message: `suppressions[${i}] must be an object`,
          path: `suppressions[${i}]`,
        });
      else checkFields(s, SUPPRESSION_FIELDS, `suppressions[${i}]`, {}, out);
    });
  }
  if (isRecord(doc.cfn))
    checkFields(
      doc.cfn,
      {
        parameters: { shape: 'object' },
        conditions: { shape: 'object' },
        outputs: { shape: 'object' },
      },
      'cfn',
      {},
      out,
    );
  return out;
}

export interface Restored {
  design: DesignDocument;
  /** The version the input had before migration. */
  migratedFrom: number;
}

/**
 * The one way a design comes in (file, URL, IndexedDB, CLI, template): parse, refuse hostile
 * input, migrate to the current version, check shape and content. Returns the design, or every
 * problem found, each located by path, node or edge id and field. Never throws.
 */
export function restoreDesign(input: unknown): Result<Restored> {
  try {
    let value = input;
    if (typeof input === 'string') {
      const parsed = parseJson(input);
      if (!parsed.ok) return parsed;
      value = parsed.value;
    }
    const hostile = hostileKeys(value);
    if (hostile.length > 0) return { ok: false, errors: hostile };
    if (!isRecord(value))
      return fail('not-a-design', 'a design must be a JSON object with "nodes" and "edges"');
    const migrated = migrate(value);
    if (!migrated.ok) return migrated;
    const shapeErrors = checkShape(migrated.doc);
    if (shapeErrors.length > 0) return { ok: false, errors: shapeErrors };
    const design = migrated.doc as unknown as DesignDocument;
    const errors = checkDesign(design, indexDesign(design));
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, value: { design, migratedFrom: migrated.from } };
  } catch (err) {
    // Nothing above should throw; if it does, the input still gets a clear refusal.
    return fail(
      'internal',
      `could not read the design: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/** Formats errors one per line for people: "nodes[2].props.cidr: message". */
export function formatErrors(errors: readonly DesignError[]): string {
  return errors.map((e) => e.message).join('\n');
}

export type { DesignNode, DesignEdge };
