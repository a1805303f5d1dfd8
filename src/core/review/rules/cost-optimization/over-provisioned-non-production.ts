import type { DesignNode } from '../../../model/types.ts';
import type { ReviewContext, Rule } from '../../types.ts';
import { hitOn, isNonProduction, nameOf, wa } from '../helpers.ts';

/** Property holding the size, and whether a value counts as large for a non-production copy. */
const SIZED: Record<
  string,
  { key: string; large: (type: string) => boolean; smaller: (type: string) => string }
> = {
  'ec2-instance': {
    key: 'instanceType',
    large: (t) => /xlarge|metal/.test(t) && !/^[gp]\d/.test(t),
    smaller: (t) => `${t.split('.')[0]}.large`,
  },
  'elastic-beanstalk': {
    key: 'instanceType',
    large: (t) => /xlarge/.test(t) && !/^[gp]\d/.test(t),
    smaller: (t) => `${t.split('.')[0]}.large`,
  },
  'eks-cluster': {
    key: 'nodeInstanceType',
    large: (t) => /xlarge/.test(t) && !/^[gp]\d/.test(t),
    smaller: (t) => `${t.split('.')[0]}.large`,
  },
  'rds-instance': {
    key: 'instanceClass',
    large: (t) => !t.startsWith('db.t'),
    smaller: () => 'db.t3.medium',
  },
  'aurora-cluster': {
    key: 'instanceClass',
    large: (t) => !t.startsWith('db.t'),
    smaller: () => 'db.t3.medium',
  },
  'documentdb-cluster': {
    key: 'instanceClass',
    large: (t) => !t.startsWith('db.t'),
    smaller: () => 'db.t4g.medium',
  },
  elasticache: {
    key: 'nodeType',
    large: (t) => !t.startsWith('cache.t'),
    smaller: () => 'cache.t3.medium',
  },
};

function fixFor(ctx: ReviewContext, n: DesignNode, key: string, value: string): boolean {
  return (
    ctx
      .entry(n)
      ?.properties.find((p) => p.key === key)
      ?.allowed?.includes(value) ?? false
  );
}

/** Flags: Production-sized resources in a non-production environment. */
export const rule: Rule = {
  id: 'over-provisioned-non-production',
  pillar: 'cost-optimization',
  bestPractice: 'COST06-BP02',
  severity: 'medium',
  title: 'Production-sized resources in a non-production environment',
  rationale:
    'Development and test environments rarely see production load, yet copies often keep production sizes; each size step down halves the hourly price.',
  remediation:
    'Size non-production resources from their measured use: smaller or burstable instance classes, scaled up only for load tests.',
  docs: wa('COST06-BP02'),
  services: Object.keys(SIZED),
  topology: false,
  needsContext: ['environment'],
  checkNode: (node, ctx) => {
    const row = SIZED[node.service];
    const type = ctx.prop(node, row.key);
    // Serverless Aurora and ElastiCache have no instance size to choose.
    if (
      ctx.prop(node, 'capacityMode') === 'serverless_v2' ||
      ctx.prop(node, 'deployment') === 'serverless'
    )
      return null;
    if (!isNonProduction(ctx) || typeof type !== 'string' || !row.large(type)) return null;
    const message = `${ctx.entry(node)?.name ?? node.service} ${nameOf(node)} runs ${type} in a ${ctx.design.context?.environment} environment`;
    const smaller = row.smaller(type);
    return fixFor(ctx, node, row.key, smaller)
      ? hitOn(node, message, { title: `Downsize to ${smaller}`, props: { [row.key]: smaller } })
      : hitOn(node, message);
  },
};
