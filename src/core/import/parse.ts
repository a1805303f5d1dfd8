/**
 * Template text -> template object, refusing what could hurt: input over 10 MB, YAML alias bombs,
 * keys that reach an object's prototype, nesting no template needs, anything not an object with
 * resources. Errors name the problem (and the line, for YAML syntax).
 */
import { parseDocument } from 'yaml';
import { CFN_TAGS } from '../export/serialize.ts';
import { readYamlFast } from './fast-yaml.ts';
import { MAX_INPUT_BYTES } from '../model/restore.ts';
import { hostileKeys, isRecord } from '../model/shape.ts';
import type { DesignError, Result } from '../model/types.ts';

/** Aliases a template may use; a billion-laughs document needs thousands. */
export const MAX_ALIASES = 100;

export interface ParsedTemplate {
  template: Record<string, unknown>;
  resources: Record<string, Record<string, unknown>>;
}

function fail(code: string, message: string, path = ''): { ok: false; errors: DesignError[] } {
  return { ok: false, errors: [{ code, message, path }] };
}

function byteLength(text: string): number {
  return text.length * 3 <= MAX_INPUT_BYTES ? text.length : new TextEncoder().encode(text).length;
}

function parseText(text: string): Result<unknown> {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (err) {
      return fail(
        'invalid-json',
        `not valid JSON: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  }
  // Most templates are plain block YAML that the fast reader handles; the rest go to the yaml package.
  const fast = readYamlFast(text);
  if (fast !== undefined) return { ok: true, value: fast };
  const doc = parseDocument(text, { customTags: CFN_TAGS, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    // The yaml package's message already names the line and column ("... at line 3, column 5:").
    return fail('invalid-yaml', `not valid YAML: ${e.message.split('\n')[0].replace(/:$/, '')}`);
  }
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (err) {
    // The yaml package refuses documents whose aliases expand past the count (billion laughs).
    return fail(
      'alias-bomb',
      `refused: ${err instanceof Error ? err.message : String(err)} (more than ${MAX_ALIASES} aliases)`,
    );
  }
}

/** Parses and checks a template's text (YAML with short-form tags, or JSON). Never throws. */
export function parseTemplate(text: string): Result<ParsedTemplate> {
  const size = byteLength(text);
  if (size > MAX_INPUT_BYTES) {
    return fail(
      'too-large',
      `input is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
    );
  }
  if (text.trim() === '') return fail('empty', 'input is empty');
  const parsed = parseText(text);
  if (!parsed.ok) return parsed;
  const hostile = hostileKeys(parsed.value);
  if (hostile.length > 0) {
    return {
      ok: false,
      errors: hostile.map((e) => ({
        ...e,
        message: e.message.replace('in a design', 'in a template'),
      })),
    };
  }
  const template = parsed.value;
  if (!isRecord(template))
    return fail(
      'not-a-template',
      'a CloudFormation template must be a mapping with a Resources section',
    );
  if (!isRecord(template.Resources))
    return fail(
      'not-a-template',
      'the template has no Resources section (a mapping of logical ids to resources)',
      'Resources',
    );
  const resources: Record<string, Record<string, unknown>> = {};
  const errors: DesignError[] = [];
  for (const [id, r] of Object.entries(template.Resources)) {
    if (!isRecord(r) || typeof r.Type !== 'string') {
      errors.push({
        code: 'invalid-resource',
        message: `resource ${id} needs a Type`,
        path: `Resources.${id}`,
      });
      continue;
    }
    if (r.Properties !== undefined && !isRecord(r.Properties)) {
      errors.push({
        code: 'invalid-resource',
        message: `resource ${id}: Properties must be a mapping`,
        path: `Resources.${id}.Properties`,
      });
      continue;
    }
    resources[id] = r;
  }
  if (errors.length > 0) return { ok: false, errors };
  if (Object.keys(resources).length === 0)
    return fail('not-a-template', 'the template has no resources', 'Resources');
  return { ok: true, value: { template, resources } };
}
