import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

/** Flags: DNS routes to several endpoints without health checks. */
export const rule: Rule = {
  id: 'dns-failover-without-health-checks',
  pillar: 'reliability',
  bestPractice: 'REL11-BP02',
  severity: 'high',
  title: 'DNS routes to several endpoints without health checks',
  rationale:
    'Route 53 can only steer users away from a failed endpoint it knows is failing; without health checks, failover and latency records keep answering with the broken one.',
  remediation:
    'Attach health checks (or evaluate target health on alias records) to every record that routes between endpoints.',
  docs: wa('REL11-BP02'),
  services: ['route53'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('route53')
      .filter((r) => ctx.prop(r, 'healthChecks') !== true && ctx.prop(r, 'privateZone') !== true)
      // Several endpoints to choose from, or a failover record (whose primary needs a check).
      .filter((r) => ctx.targets(r).length >= 2 || ctx.prop(r, 'routingPolicy') === 'failover')
      .map((r) =>
        hitOn(r, `Hosted zone ${nameOf(r)} routes between endpoints without health checks`, {
          title: 'Turn on health checks',
          props: { healthChecks: true },
        }),
      ),
};
