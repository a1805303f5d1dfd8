/**
 * Template -> text. JSON with a 2-space indent, or YAML with the short-form intrinsic tags AWS's
 * own examples use (`!Ref X`, `!GetAtt X.Arn`, `!Sub '...'`, `!If [...]`). The YAML is written by
 * `writeYaml` (the `yaml` package's writer is too slow for the export budget) and read by the
 * `yaml` package with the custom tags below, so a YAML export imports again.
 */
import { Pair, Scalar, YAMLMap, type Tags, type YAMLSeq } from 'yaml';
import { INTRINSICS, type Template } from './template.ts';
import { writeYaml } from './yaml-writer.ts';

/** Template text in YAML (short-form tags) or JSON (2-space indent), ending with a newline. */
export function serialize(
  template: Template | Record<string, unknown>,
  format: 'yaml' | 'json',
): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  return writeYaml(template as Record<string, unknown>);
}

function wrap(key: string) {
  return (node: YAMLMap | YAMLSeq): YAMLMap => {
    const map = new YAMLMap();
    map.items.push(new Pair(new Scalar(key), node));
    return map;
  };
}

function scalarValue(key: string, text: string): unknown {
  if (key === 'Fn::GetAtt') {
    const dot = text.indexOf('.');
    return { [key]: dot > 0 ? [text.slice(0, dot), text.slice(dot + 1)] : text };
  }
  return { [key]: text };
}

/** The `yaml` package's custom tags reading every short form (on scalars, lists and maps) into its long JSON form, and `!Condition`. */
export const CFN_TAGS: Tags = Object.entries({
  ...Object.fromEntries(Object.entries(INTRINSICS).map(([k, t]) => [t, k])),
  '!Condition': 'Condition',
}).flatMap(([tag, key]) => [
  { tag, resolve: (text: string) => scalarValue(key, text) },
  { tag, collection: 'seq' as const, resolve: wrap(key) },
  { tag, collection: 'map' as const, resolve: wrap(key) },
]) as unknown as Tags;
