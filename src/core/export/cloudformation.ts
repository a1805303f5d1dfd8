/**
 * Design -> CloudFormation. Pure and deterministic: the same design gives the same templates,
 * whatever the order of its nodes and edges, with logical ids taken from labels.
 */
import { connectionRule, getEntry } from '../catalog/index.ts';
import type { PropertySpec } from '../catalog/types.ts';
import type { DesignDocument, DesignNode } from '../model/types.ts';
import { ExportContext, type ManualStep, type NodeOut, type Stack } from './context.ts';
import { addOutputs, assemble, fillRequired, retainStateful, tagResource } from './finalize.ts';
import { exportGeneric, mergeImported, rewriteRefs } from './generic.ts';
import { finishRoles } from './iam.ts';
import { buildNetwork } from './network.ts';
import { applyProps, cloneJson } from './properties.ts';
import { shapeNode } from './services/index.ts';
import { equals, ref, type Json, type Template } from './template.ts';
import { finishApis } from './wiring-api.ts';
import { meaningOf, wireEdge } from './wiring.ts';
import { pascalCase } from './logical-ids.ts';

export type { ManualStep } from './context.ts';

export interface ExportResult {
  /** One stack per Region, ordered by Region code. */
  stacks: { region: string; template: Template }[];
  /** What the templates cannot do, for the bundle's README. */
  manualSteps: ManualStep[];
}

/** Environments the deployment bundle has parameters for. */
export const ENVIRONMENTS = ['dev', 'staging', 'prod'] as const;

const SIZE_KEY = /instanceType|instanceClass|nodeType/i;

function byId(a: DesignNode, b: DesignNode): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** EC2 nodes inside an Auto Scaling group are its instances, launched from its template, not resources of their own. */
function isGroupMember(ctx: ExportContext, node: DesignNode): boolean {
  return (
    node.service === 'ec2-instance' &&
    ctx.index.nodes.get(node.parent ?? '')?.service === 'auto-scaling-group'
  );
}

function standardSections(stack: Stack): void {
  stack.parameters.set('Environment', {
    Type: 'String',
    Description: 'Deployment environment; production keeps logs longer.',
    Default: 'dev',
    AllowedValues: [...ENVIRONMENTS],
  });
  stack.parameters.set('CostCenter', {
    Type: 'String',
    Description: 'Cost centre for the CostCenter tag.',
    Default: 'unassigned',
  });
  stack.conditions.set('IsProduction', equals(ref('Environment'), 'prod'));
}

/** A size setting (instance type or class) becomes a parameter with the catalog's allowed values. */
function sizeParameter(ctx: ExportContext, out: NodeOut) {
  return (spec: PropertySpec, value: Json): Json => {
    if (!SIZE_KEY.test(spec.key) || typeof value !== 'string') return value;
    const allowed = spec.allowed?.filter((a): a is string => typeof a === 'string');
    const name = ctx.param(out.stack, `${out.ids[0]}${pascalCase(spec.key)}`, {
      Type: 'String',
      Description: `${spec.label} of ${out.ids[0]}.`,
      Default: value,
      ...(allowed && allowed.includes(value) ? { AllowedValues: allowed } : {}),
    });
    return name ? ref(name) : value;
  };
}

/** Hands out logical ids (primary resources first, so that labels win), then creates the base resources. */
function createResources(ctx: ExportContext, nodes: readonly DesignNode[]): NodeOut[] {
  const outs: NodeOut[] = [];
  for (const node of nodes) {
    const entry = getEntry(node.service);
    if (isGroupMember(ctx, node)) {
      // Its edges are the group's: the group's instances get the role and security group.
      ctx.aliases.set(node.id, node.parent!);
      continue;
    }
    if (!entry || node.service === 'generic-resource') continue;
    if (entry.cfn.length === 0) {
      if (entry.notExportable) ctx.note(node.id, entry.notExportable);
      continue;
    }
    const stack = ctx.stackOf(node.id);
    const out: NodeOut = {
      node,
      entry,
      stack,
      ids: [ctx.ids.claim(node.label ?? '', entry.name, node.id)],
    };
    outs.push(out);
    ctx.outs.set(node.id, out);
  }
  for (const out of outs) {
    out.entry.cfn
      .slice(1)
      .forEach((c) =>
        out.ids.push(ctx.ids.claim(`${out.ids[0]}${c.type.split('::').pop()}`, 'Resource')),
      );
  }
  for (const out of outs) {
    out.entry.cfn.forEach((c, i) => {
      const props = (cloneJson(c.defaults) ?? {}) as Record<string, Json>;
      if (i === 0) applyProps(out.entry, out.node.props, props, new Set(), sizeParameter(ctx, out));
      ctx.add(out.stack, out.ids[i], c.type, props, out.node.id);
    });
  }
  return outs;
}

/**
 * The CloudFormation templates of a design (one per Region) and the manual steps for what no
 * template can do. The design is expected to have passed `restoreDesign`.
 */
export function toCloudFormation(design: DesignDocument): ExportResult {
  const ctx = new ExportContext(design);
  ctx.ids.reserve(['Environment', 'CostCenter', 'IsProduction']);
  ctx.ids.reserve(Object.keys(design.cfn?.parameters ?? {}));
  ctx.ids.reserve(Object.keys(design.cfn?.conditions ?? {}));
  const nodes = [...design.nodes].sort(byId);
  const outs = createResources(ctx, nodes);
  const generics = nodes.filter((n) => n.service === 'generic-resource');
  for (const n of generics) exportGeneric(ctx, n, 'claim');
  buildNetwork(ctx);
  for (const out of outs) shapeNode(ctx, out);
  const edges = [...design.edges].sort((a, b) =>
    a.source + '\u0000' + a.target < b.source + '\u0000' + b.target ? -1 : 1,
  );
  for (const edge of edges) {
    const s = ctx.index.nodes.get(edge.source);
    const t = ctx.index.nodes.get(edge.target);
    if (!s || !t) continue;
    const meaning = meaningOf(edge, connectionRule(s.service, t.service)?.meaning);
    const source = ctx.aliases.get(edge.source) ?? edge.source;
    const target = ctx.aliases.get(edge.target) ?? edge.target;
    if (source !== target)
      wireEdge(
        ctx,
        source === edge.source && target === edge.target ? edge : { ...edge, source, target },
        meaning,
      );
  }
  const ids = new Map<string, string>();
  for (const [id, out] of ctx.outs) ids.set(id, out.ids[0]);
  for (const n of generics) exportGeneric(ctx, n, 'create', ids);
  finishApis(ctx);
  finishRoles(ctx);
  for (const out of outs) fillRequired(ctx, out);
  if (ctx.stacks.size === 0) ctx.stackFor(design.defaultRegion);
  const primary = ctx.stacks.get(design.defaultRegion) ?? [...ctx.stacks.values()][0];
  for (const stack of ctx.stacks.values()) standardSections(stack);
  mergeImported(ctx, primary, ids);
  addOutputs(outs);
  const stacks: ExportResult['stacks'] = [];
  for (const stack of [...ctx.stacks.values()].sort((a, b) => (a.region < b.region ? -1 : 1))) {
    for (const [id, def] of stack.resources) {
      const node = ctx.index.nodes.get(
        (def.Metadata?.Cloudwright as Record<string, Json>).node as string,
      );
      // Generic resources are exported as they came, tags included.
      if (node?.service !== 'generic-resource') tagResource(ctx, stack, id, node?.tags);
    }
    retainStateful(ctx, stack);
    if (stack.resources.size === 0) {
      // A template needs at least one resource; an empty design still gives a deployable stack.
      stack.resources.set('Placeholder', {
        Type: 'AWS::CloudFormation::WaitConditionHandle',
        Metadata: { Cloudwright: { node: '' } },
      });
    }
    const more = ctx.stacks.size > 1 ? ` (${stack.region})` : '';
    stacks.push({
      region: stack.region,
      template: assemble(
        ctx,
        stack,
        `${design.name}${more}, exported by Cloudwright.`.slice(0, 1024),
      ),
    });
  }
  return { stacks, manualSteps: ctx.manual };
}

export { rewriteRefs };
