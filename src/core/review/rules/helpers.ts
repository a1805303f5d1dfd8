/**
 * Small lookups shared by rules of several pillars. Pure, like the rules: they read the design
 * through the review context only.
 */
import type { DesignNode, PropValue } from '../../model/types.ts';
import type { QuickFix, ReviewContext, RuleHit } from '../types.ts';

/** The Well-Architected Framework page of a best practice, e.g. `REL10-BP01`. */
export function wa(bestPractice: string): string {
  return `https://docs.aws.amazon.com/wellarchitected/latest/framework/${bestPractice.toLowerCase()}.html`;
}

/** How a finding names a node: its label in quotes when it has one, else its id. */
export function nameOf(node: DesignNode): string {
  return node.label ? `"${node.label}"` : node.id;
}

/** A hit on one node, with a fix when `props` is given. */
export function hitOn(
  node: DesignNode,
  message: string,
  fix?: { title: string; props: Record<string, PropValue> },
): RuleHit {
  const hit: RuleHit = { nodes: [node.id], message };
  if (fix) hit.fix = { title: fix.title, node: node.id, props: fix.props } satisfies QuickFix;
  return hit;
}

/** True when the workload context says the environment is not production (unknown counts as production). */
export function isNonProduction(ctx: ReviewContext): boolean {
  const env = ctx.design.context?.environment;
  return env !== undefined && env !== 'production';
}

/**
 * Stateful data services that live in subnets: databases, caches, search and streaming clusters.
 * Their exposure and placement rules share this list.
 */
export const SUBNET_DATA_STORES = [
  'rds-instance',
  'aurora-cluster',
  'documentdb-cluster',
  'neptune-cluster',
  'elasticache',
  'memorydb',
  'dax-cluster',
  'redshift-cluster',
  'opensearch-domain',
  'msk-cluster',
  'mq-broker',
] as const;

/** Availability Zones of the VPC holding a node (or the node itself when it is a VPC); empty outside a VPC. */
export function vpcZones(ctx: ReviewContext, node: DesignNode): string[] {
  const vpc = node.service === 'vpc' ? node : ctx.ancestor(node, 'vpc');
  return vpc ? ctx.zonesOf(vpc) : [];
}

/** Per service: the setting to read, the values that fail, and the value a quick fix sets. */
export type SettingTable = Record<
  string,
  { key: string; bad: readonly PropValue[]; fix: PropValue }
>;

/** The first failing setting of a node per `table`, as a hit with its fix; null when it passes. */
export function checkSetting(
  node: DesignNode,
  ctx: ReviewContext,
  table: SettingTable,
  message: (node: DesignNode, key: string) => string,
  fixTitle: string,
): RuleHit | null {
  const row = table[node.service];
  if (!row) return null;
  const value = ctx.prop(node, row.key);
  if (value === undefined || !row.bad.includes(value)) return null;
  return hitOn(node, message(node, row.key), { title: fixTitle, props: { [row.key]: row.fix } });
}

/** True when a web ACL protects the node itself: a WAF node routes to it, or its own setting says so. */
export function hasOwnWaf(ctx: ReviewContext, node: DesignNode): boolean {
  if (ctx.sources(node, 'waf').length > 0) return true;
  if (node.service === 'cloudfront') return ctx.prop(node, 'webAcl') === true;
  if (node.service === 'api-gateway' || node.service === 'appsync')
    return ctx.prop(node, 'wafEnabled') === true;
  return false;
}

/** True when the node, or every CloudFront distribution in front of it (at least one), has a web ACL. */
export function wafProtected(ctx: ReviewContext, node: DesignNode): boolean {
  if (hasOwnWaf(ctx, node)) return true;
  const fronts = ctx.sources(node, 'cloudfront');
  return fronts.length > 0 && fronts.every((cf) => hasOwnWaf(ctx, cf));
}
