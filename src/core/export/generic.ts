/**
 * Resources of types the catalog does not model (generic-resource nodes, usually from an import)
 * and the Parameters, Conditions and Outputs kept from an import. Inside them, references name
 * design node ids; they are rewritten to the logical ids this export gives those nodes.
 */
import type { DesignNode } from '../model/types.ts';
import type { ExportContext, Stack } from './context.ts';
import {
  getAttTarget,
  intrinsicName,
  isPlainObject,
  PSEUDO_PARAMETERS,
  referencesIn,
  type CfnOutput,
  type CfnParameter,
  type Json,
} from './template.ts';

const TYPE = /^(AWS|Alexa|Custom)::[A-Za-z0-9]+(::[A-Za-z0-9]+)?$/;

function renameSub(text: string, ids: ReadonlyMap<string, string>): string {
  return text.replace(/\$\{([^}!][^}]*)\}/g, (whole, inner: string) => {
    const [head, ...rest] = inner.trim().split('.');
    const to = ids.get(head);
    return to ? `\${${[to, ...rest].join('.')}}` : whole;
  });
}

/** A copy of `value` with Ref, GetAtt and Sub targets renamed through `ids`; other names stay. */
export function rewriteRefs(value: unknown, ids: ReadonlyMap<string, string>): Json {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, ids));
  if (!isPlainObject(value)) return value as Json;
  const fn = intrinsicName(value);
  if (fn === 'Ref' && typeof value.Ref === 'string')
    return { Ref: ids.get(value.Ref) ?? value.Ref };
  if (fn === 'Fn::GetAtt') {
    const target = getAttTarget(value['Fn::GetAtt']);
    if (target) return { 'Fn::GetAtt': [ids.get(target[0]) ?? target[0], target[1]] };
  }
  if (fn === 'Fn::Sub') {
    const arg = value['Fn::Sub'];
    if (typeof arg === 'string') return { 'Fn::Sub': renameSub(arg, ids) };
    if (Array.isArray(arg) && typeof arg[0] === 'string')
      return { 'Fn::Sub': [renameSub(arg[0], ids), rewriteRefs(arg[1], ids)] };
  }
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) out[k] = rewriteRefs(v, ids);
  return out;
}

/**
 * A generic-resource node: in the `claim` pass it gets its logical id (so that edges and other
 * generic resources can refer to it); in the `create` pass its properties are parsed and written.
 */
export function exportGeneric(
  ctx: ExportContext,
  node: DesignNode,
  pass: 'claim' | 'create',
  ids?: ReadonlyMap<string, string>,
): void {
  const type = String(node.props?.cfnType ?? '');
  if (pass === 'claim') {
    if (!TYPE.test(type)) {
      ctx.note(
        node.id,
        type
          ? `"${type}" is not a CloudFormation resource type.`
          : 'The generic resource has no CloudFormation type to export.',
      );
      return;
    }
    const entry = ctx.entryOf(node.id)!;
    const id = ctx.ids.claim(node.label ?? '', type.split('::').pop() ?? 'Resource', node.id);
    ctx.outs.set(node.id, { node, entry, stack: ctx.stackOf(node.id), ids: [id] });
    return;
  }
  const out = ctx.outs.get(node.id);
  if (!out) return;
  let props: unknown = {};
  try {
    props = JSON.parse(String(node.props?.cfnProperties ?? '{}'));
  } catch {
    ctx.note(
      node.id,
      'Its properties are not valid JSON; the resource is exported without properties.',
    );
  }
  const rewritten = isPlainObject(props)
    ? (rewriteRefs(props, ids ?? new Map()) as Record<string, Json>)
    : {};
  ctx.add(out.stack, out.ids[0], type, rewritten, node.id);
}

/** Whether every name a value refers to exists in the stack. */
function resolvable(stack: Stack, value: unknown): boolean {
  for (const name of referencesIn(value)) {
    if (
      !stack.resources.has(name) &&
      !stack.parameters.has(name) &&
      !PSEUDO_PARAMETERS.includes(name)
    )
      return false;
  }
  return true;
}

/** Conditions named by `Condition` keys and `Fn::If`, which must exist in the stack too. */
function conditionsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => conditionsIn(v, out));
  else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'Condition' && typeof v === 'string') out.add(v);
      else if (k === 'Fn::If' && Array.isArray(v) && typeof v[0] === 'string') out.add(v[0]);
      conditionsIn(v, out);
    }
  }
  return out;
}

/**
 * Adds the Parameters, Conditions and Outputs kept from an import to the primary stack, where
 * the exporter has not made one of the same name. An output or condition whose references no
 * longer exist is left out, with a note.
 */
export function mergeImported(
  ctx: ExportContext,
  stack: Stack,
  ids: ReadonlyMap<string, string>,
): void {
  const cfn = ctx.design.cfn;
  if (!cfn) return;
  for (const [name, def] of Object.entries(cfn.parameters ?? {})) {
    if (!stack.parameters.has(name) && isPlainObject(def) && typeof def.Type === 'string')
      stack.parameters.set(name, def as CfnParameter);
  }
  for (const [name, def] of Object.entries(cfn.conditions ?? {})) {
    const value = rewriteRefs(def, ids);
    if (!stack.conditions.has(name) && resolvable(stack, value)) stack.conditions.set(name, value);
  }
  for (const [name, def] of Object.entries(cfn.outputs ?? {})) {
    if (stack.outputs.has(name) || !isPlainObject(def) || def.Value === undefined) continue;
    const value = rewriteRefs(def, ids) as unknown as CfnOutput;
    const missing = [...conditionsIn(value)].some((c) => !stack.conditions.has(c));
    if (resolvable(stack, value) && !missing) stack.outputs.set(name, value);
    else
      ctx.note(
        '',
        `The imported output ${name} refers to something the design no longer has; it was left out.`,
      );
  }
}
