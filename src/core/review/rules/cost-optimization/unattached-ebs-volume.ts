import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: EBS volume not attached to an instance. */
export const rule: Rule = {
  id: 'unattached-ebs-volume',
  pillar: 'cost-optimization',
  bestPractice: 'COST04-BP03',
  severity: 'medium',
  title: 'EBS volume not attached to an instance',
  rationale:
    'EBS bills provisioned capacity whether or not an instance uses it; detached volumes left after instances are gone are a common source of waste.',
  remediation:
    'Snapshot the volume if its data is needed, then delete it; or attach it to the instance it belongs to.',
  docs: wa('COST04-BP03'),
  services: ['ebs-volume', 'ec2-instance', 'eks-cluster'],
  topology: true,
  check: (ctx) =>
    ctx
      .nodesOf('ebs-volume')
      // Volumes inside an Auto Scaling group belong to its launch template.
      .filter(
        (v) =>
          ctx.sources(v, 'ec2-instance', 'eks-cluster').length === 0 &&
          !ctx.ancestor(v, 'auto-scaling-group'),
      )
      .map((v) => ({
        nodes: [v.id],
        message: `EBS volume ${nameOf(v)} is attached to no instance`,
      })),
};
