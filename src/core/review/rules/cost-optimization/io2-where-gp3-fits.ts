import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

const GP3_MAX_IOPS = 16000;

/** Flags: Provisioned-IOPS volume within gp3 limits. */
export const rule: Rule = {
  id: 'io2-where-gp3-fits',
  pillar: 'cost-optimization',
  bestPractice: 'COST06-BP02',
  severity: 'medium',
  title: 'Provisioned-IOPS volume within gp3 limits',
  rationale:
    'io2 charges for every provisioned IOPS on top of storage; up to 16,000 IOPS, gp3 delivers the same performance for a fraction of the price unless the volume needs io2 durability or Multi-Attach.',
  remediation:
    'Move the volume to gp3 with the same IOPS, keeping io2 only for Multi-Attach or 99.999% durability needs.',
  docs: wa('COST06-BP02'),
  services: ['ebs-volume'],
  topology: false,
  checkNode: (node, ctx) => {
    const iops = Number(ctx.prop(node, 'iops'));
    if (
      ctx.prop(node, 'volumeType') !== 'io2' ||
      ctx.prop(node, 'multiAttach') === true ||
      iops > GP3_MAX_IOPS
    )
      return null;
    return hitOn(
      node,
      `Volume ${nameOf(node)} pays io2 prices for ${iops} IOPS, which gp3 can provide`,
      { title: 'Switch to gp3', props: { volumeType: 'gp3' } },
    );
  },
};
