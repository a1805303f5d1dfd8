/**
 * The last pass over each stack: required settings nothing else filled, tags, retention of
 * stateful resources, outputs, and the template sections in a stable order.
 */
import type { ExportContext, NodeOut, Stack } from './context.ts';
import { factsOf, hasAttribute, isStateful, tagsOf } from './facts.ts';
import {
  getAtt,
  intrinsicName,
  isPlainObject,
  ref,
  sub,
  type CfnOutput,
  type CfnResourceDef,
  type Json,
  type Template,
} from './template.ts';

/** CloudFormation's limit on outputs per template. */
const MAX_OUTPUTS = 200;

/**
 * Required properties still missing after the mappings: a parameter for values only the user
 * knows (with a manual step saying so), a generated name for names, false for flags.
 */
export function fillRequired(ctx: ExportContext, out: NodeOut): void {
  for (const id of out.ids) {
    const def = out.stack.resources.get(id);
    const required = def && factsOf(def.Type)?.required;
    if (!def || !required) continue;
    const props = (def.Properties ??= {});
    for (const [name, kind] of Object.entries(required)) {
      if (props[name] !== undefined) continue;
      if (kind === 'boolean') {
        props[name] = false;
        continue;
      }
      if (
        kind === 'string' &&
        /Name$/.test(name) &&
        !/^(Domain|Bucket|Key|S3Bucket|Table)Name$/.test(name)
      ) {
        props[name] = sub(`\${AWS::StackName}-${id.toLowerCase()}`.slice(0, 200));
        continue;
      }
      const type =
        kind === 'number' || kind === 'integer'
          ? 'Number'
          : kind === 'array'
            ? 'CommaDelimitedList'
            : 'String';
      if (kind === 'object' || kind === 'json') {
        ctx.note(
          out.node.id,
          `${id} (${def.Type}) needs ${name}, which Cloudwright cannot derive from the design.`,
        );
        continue;
      }
      const secret = /password|secret|token/i.test(name);
      const param = ctx.param(out.stack, `${id}${name}`, {
        Type: type,
        Description: `${name} of ${id} (${def.Type}).`,
        ...(secret ? { NoEcho: true } : {}),
      });
      if (param) props[name] = ref(param);
      ctx.note(out.node.id, `Provide ${name} for ${id} (stack parameter ${param ?? name}).`);
    }
  }
}

/** Application, Environment and CostCenter on every taggable resource, with the node's own tags. */
export function tagResource(
  ctx: ExportContext,
  stack: Stack,
  id: string,
  nodeTags: Record<string, string> | undefined,
): void {
  const def = stack.resources.get(id)!;
  const tags = tagsOf(def.Type);
  if (!tags) return;
  const [variant, property] = tags;
  const wanted: [string, Json][] = [
    ['Application', ctx.design.name.slice(0, 256)],
    ['Environment', ref('Environment')],
    ['CostCenter', ref('CostCenter')],
  ];
  if (def.Type.startsWith('AWS::EC2::') && variant === 'standard')
    wanted.push(['Name', sub(`\${AWS::StackName}-${id}`)]);
  for (const [k, v] of Object.entries(nodeTags ?? {}))
    if (!k.startsWith('aws:')) wanted.push([k.slice(0, 128), v.slice(0, 256)]);
  const props = (def.Properties ??= {});
  if (variant === 'map') {
    const map = (
      isPlainObject(props[property]) && !intrinsicName(props[property]) ? props[property] : {}
    ) as Record<string, Json>;
    for (const [k, v] of wanted) map[k] ??= v;
    props[property] = map;
    return;
  }
  const existing = Array.isArray(props[property]) ? (props[property] as Json[]) : null;
  const list: Json[] = existing ?? [];
  const has = (k: string) => existing !== null && list.some((t) => isPlainObject(t) && t.Key === k);
  for (const [k, v] of wanted) {
    if (has(k)) continue;
    list.push(
      variant === 'asg' ? { Key: k, Value: v, PropagateAtLaunch: true } : { Key: k, Value: v },
    );
  }
  props[property] = list;
}

/** Endpoints worth an output, per primary type: an attribute or a URL. */
const ENDPOINTS: Readonly<Record<string, (id: string, out: NodeOut) => Json>> = {
  'AWS::ApiGateway::RestApi': (id, out) =>
    sub(
      `https://\${${id}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/\${${out.ids[2] ?? id}}/`,
    ),
  'AWS::ElasticLoadBalancingV2::LoadBalancer': (id) => getAtt(id, 'DNSName'),
  'AWS::CloudFront::Distribution': (id) => getAtt(id, 'DomainName'),
  'AWS::RDS::DBInstance': (id) => getAtt(id, 'Endpoint.Address'),
  'AWS::RDS::DBCluster': (id) => getAtt(id, 'Endpoint.Address'),
  'AWS::SQS::Queue': (id) => getAtt(id, 'QueueUrl'),
  'AWS::AppSync::GraphQLApi': (id) => getAtt(id, 'GraphQLUrl'),
  'AWS::ElastiCache::ReplicationGroup': (id) => getAtt(id, 'PrimaryEndPoint.Address'),
  'AWS::OpenSearchService::Domain': (id) => getAtt(id, 'DomainEndpoint'),
};

/** Outputs: endpoints first, then ARNs, up to CloudFormation's limit. */
export function addOutputs(outs: readonly NodeOut[]): void {
  const wanted: { stack: Stack; name: string; output: CfnOutput }[] = [];
  for (const out of outs) {
    const def = out.stack.resources.get(out.ids[0]);
    if (!def) continue;
    const endpoint = ENDPOINTS[def.Type];
    if (endpoint && out.ids.every((id) => out.stack.resources.has(id))) {
      wanted.push({
        stack: out.stack,
        name: `${out.ids[0]}Endpoint`,
        output: { Description: `Endpoint of ${out.ids[0]}.`, Value: endpoint(out.ids[0], out) },
      });
    }
  }
  for (const out of outs) {
    const def = out.stack.resources.get(out.ids[0]);
    if (def && hasAttribute(def.Type, 'Arn')) {
      wanted.push({
        stack: out.stack,
        name: `${out.ids[0]}Arn`,
        output: { Description: `ARN of ${out.ids[0]}.`, Value: getAtt(out.ids[0], 'Arn') },
      });
    }
  }
  for (const w of wanted) {
    if (w.stack.outputs.size >= MAX_OUTPUTS || w.stack.outputs.has(w.name)) continue;
    w.output.Export = { Name: sub(`\${AWS::StackName}-${w.name}`) };
    w.stack.outputs.set(w.name, w.output);
  }
}

/** Retain on stateful resources, so that deleting or replacing the stack never deletes data. */
export function retainStateful(ctx: ExportContext, stack: Stack): void {
  for (const def of stack.resources.values()) {
    const nodeId = (def.Metadata?.Cloudwright as Record<string, Json> | undefined)?.node;
    const category = typeof nodeId === 'string' ? ctx.entryOf(nodeId)?.category : undefined;
    if (isStateful(def.Type, category) && def.DeletionPolicy === undefined) {
      def.DeletionPolicy = 'Retain';
      def.UpdateReplacePolicy = 'Retain';
    }
  }
}

function sorted<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  return Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The template of a stack, sections and keys in a stable order. */
export function assemble(ctx: ExportContext, stack: Stack, description: string): Template {
  const head = {
    AWSTemplateFormatVersion: '2010-09-09' as const,
    Description: description,
    Metadata: { Cloudwright: { design: ctx.design.name, region: stack.region } },
  };
  const t: Template = {
    ...head,
    ...(stack.parameters.size > 0 ? { Parameters: sorted(stack.parameters) } : {}),
    ...(stack.conditions.size > 0 ? { Conditions: sorted(stack.conditions) } : {}),
    Resources: {},
  };
  for (const id of [...stack.resources.keys()].sort()) {
    // Attributes in the order AWS's examples use, properties last.
    const {
      Type,
      Condition,
      DependsOn,
      DeletionPolicy,
      UpdateReplacePolicy,
      Metadata,
      Properties,
    } = stack.resources.get(id)!;
    const ordered: CfnResourceDef = { Type };
    if (Condition) ordered.Condition = Condition;
    if (DependsOn) ordered.DependsOn = [...DependsOn].sort();
    if (DeletionPolicy) ordered.DeletionPolicy = DeletionPolicy;
    if (UpdateReplacePolicy) ordered.UpdateReplacePolicy = UpdateReplacePolicy;
    if (Metadata) ordered.Metadata = Metadata;
    if (Properties) ordered.Properties = Properties;
    t.Resources[id] = ordered;
  }
  if (stack.outputs.size > 0) t.Outputs = sorted(stack.outputs);
  return t;
}
