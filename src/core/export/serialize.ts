/**
 * Template -> text. JSON with a 2-space indent, or YAML with the short-form intrinsic tags AWS's
 * own examples use (`!Ref X`, `!GetAtt X.Arn`, `!Sub '...'`, `!If [...]`). The same tags are read
 * back by `parseCfnYaml`, so a YAML export imports again.
 */
import { Document, Pair, Scalar, YAMLMap, YAMLSeq, isScalar, visit, type Node, type Tags } from 'yaml';
import { INTRINSICS, type Template } from './template.ts';

/** The tag of a long-form function key, e.g. `Fn::GetAtt` -> `!GetAtt`. */
const TAG_OF = INTRINSICS;
const KEY_OF: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(INTRINSICS).map(([k, t]) => [t, k]));

/** Replaces one-key maps like `{ Fn::GetAtt: [A, B] }` with their tagged short form. */
function shortForm(doc: Document): void {
  visit(doc, {
    Map(_, node) {
      if (node.items.length !== 1) return undefined;
      const pair = node.items[0];
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const tag = TAG_OF[key];
      if (!tag || !pair.value) return undefined;
      let value = pair.value as Node;
      if (key === 'Fn::GetAtt' && value instanceof YAMLSeq && value.items.length === 2 && value.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
        // The dotted form, as AWS writes it: !GetAtt Queue.Arn
        value = new Scalar(`${(value.items[0] as Scalar).value}.${(value.items[1] as Scalar).value}`);
      }
      value.tag = tag;
      return value;
    },
  });
  // Argument lists of plain values stay on one line, as in AWS's examples: !Equals [!Ref Env, prod]
  visit(doc, {
    Seq(_, node) {
      if (node.tag && node.tag in KEY_OF && node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
}

/** Template text in YAML (short-form tags) or JSON (2-space indent), ending with a newline. */
export function serialize(template: Template | Record<string, unknown>, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(template, null, 2)}\n`;
  // YAML 1.1 quoting: strings a 1.1 reader would take for dates, booleans or octal numbers
  // (2010-09-09, yes, on, 0123) stay strings in every CloudFormation tool.
  const doc = new Document(template, { aliasDuplicateObjects: false, version: '1.1' });
  shortForm(doc);
  return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true, flowCollectionPadding: false, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
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

/**
 * Custom tags for the `yaml` package that read every CloudFormation short form (on scalars,
 * sequences and maps) into its long JSON form, plus `!Condition`.
 */
export const CFN_TAGS: Tags = Object.entries({ ...KEY_OF, '!Condition': 'Condition' }).flatMap(([tag, key]) => [
  { tag, resolve: (text: string) => scalarValue(key, text) },
  { tag, collection: 'seq' as const, resolve: wrap(key) },
  { tag, collection: 'map' as const, resolve: wrap(key) },
]) as unknown as Tags;

