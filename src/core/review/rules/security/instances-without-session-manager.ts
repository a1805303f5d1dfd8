import type { Rule } from '../../types.ts';
import { wa } from '../helpers.ts';

/** Flags: EC2 instances without Systems Manager for access. */
export const rule: Rule = {
  id: 'instances-without-session-manager',
  pillar: 'security',
  bestPractice: 'SEC06-BP03',
  severity: 'medium',
  title: 'EC2 instances without Systems Manager for access',
  rationale:
    'Without Session Manager, operators fall back to SSH or RDP with long-lived keys and open ports; Session Manager gives shell access through IAM, with every session logged and no inbound port.',
  remediation:
    'Add Systems Manager with Session Manager (and session logging) and give the instances a role with the managed instance core policy.',
  docs: wa('SEC06-BP03'),
  services: ['ec2-instance', 'systems-manager'],
  topology: true,
  check: (ctx) => {
    const instances = ctx.nodesOf('ec2-instance');
    if (
      instances.length === 0 ||
      ctx.nodesOf('systems-manager').some((s) => ctx.prop(s, 'sessionManager') === true)
    )
      return [];
    return [
      {
        nodes: instances.map((n) => n.id),
        message: `${instances.length} EC2 instance${instances.length === 1 ? '' : 's'} with no Session Manager access`,
      },
    ];
  },
};
