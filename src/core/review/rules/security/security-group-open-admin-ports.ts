import type { Rule } from '../../types.ts';
import { hitOn, nameOf, wa } from '../helpers.ts';

const WORLD = ['0.0.0.0/0', '::/0'];
// SSH, RDP and "all ports": remote administration should go through Session Manager instead.
const ADMIN = ['22', '3389', '*', 'all', '0-65535'];

/** Flags: Security group opens SSH, RDP or all ports to the internet. */
export const rule: Rule = {
  id: 'security-group-open-admin-ports',
  pillar: 'security',
  bestPractice: 'SEC05-BP02',
  severity: 'high',
  title: 'Security group opens SSH, RDP or all ports to the internet',
  rationale:
    'Administration ports open to any address are scanned and brute-forced within minutes of launch; Systems Manager Session Manager removes the need for port 22, bastions and SSH keys.',
  remediation:
    'Remove the world-open administration rules; use Session Manager, or allow only a known corporate CIDR.',
  docs: wa('SEC05-BP02'),
  services: ['security-group'],
  topology: false,
  checkNode: (node, ctx) => {
    const cidrs = ctx.prop(node, 'ingressCidrs');
    const ports = ctx.prop(node, 'ingressPorts');
    if (
      !Array.isArray(cidrs) ||
      !Array.isArray(ports) ||
      !cidrs.some((c) => WORLD.includes(c.trim()))
    )
      return null;
    const open = ports.filter((p) => ADMIN.includes(p.trim().toLowerCase()));
    if (open.length === 0) return null;
    return hitOn(
      node,
      `Security group ${nameOf(node)} allows port ${open.join(', ')} from anywhere`,
      {
        title: 'Remove the open administration ports',
        props: { ingressPorts: ports.filter((p) => !open.includes(p)) },
      },
    );
  },
};
