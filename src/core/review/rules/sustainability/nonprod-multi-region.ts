import type { Rule } from '../../types.ts';

/** SUS02-BP02: a second Region is a disaster-recovery target that development and test do not have. */
export const rule: Rule = {
  id: 'nonprod-multi-region',
  pillar: 'sustainability',
  bestPractice: 'SUS02-BP02',
  choiceId: 'sus_sus_user_a3',
  severity: 'low',
  title: 'Non-production design spans several Regions',
  rationale:
    'Running a workload in more than one Region serves recovery and latency targets of production; a development or test copy in two Regions doubles the infrastructure, and the data copied between them, for a service level nobody needs.',
  remediation:
    'Keep non-production environments in one Region, and test the multi-Region behaviour in a short-lived environment when it is needed.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/sustainability-pillar/sus_sus_user_a3.html',
  services: ['region'],
  topology: true,
  needsContext: ['environment'],
  check: (ctx) => {
    const env = ctx.design.context?.environment;
    if (!env || env === 'production') return [];
    // One pass over the services: the Region container each one sits in.
    const withServices = new Set<string>();
    for (const n of ctx.design.nodes) {
      if (ctx.entry(n)?.kind !== 'service') continue;
      const r = ctx.ancestor(n, 'region');
      if (r) withServices.add(r.id);
    }
    const used = new Map<string, string[]>();
    for (const r of ctx.nodesOf('region')) {
      if (!withServices.has(r.id)) continue;
      const code = String(ctx.prop(r, 'region'));
      used.set(code, [...(used.get(code) ?? []), r.id]);
    }
    if (used.size < 2) return [];
    return [
      {
        nodes: [...used.values()].flat(),
        message: `A ${env} environment runs in ${used.size} Regions (${[...used.keys()].sort().join(', ')})`,
      },
    ];
  },
};
