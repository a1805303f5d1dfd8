import type { Rule } from '../../types.ts';
import { nameOf, wa } from '../helpers.ts';

/** Flags: Single Direct Connect connection with no backup path. */
export const rule: Rule = {
  id: 'direct-connect-redundancy',
  pillar: 'reliability',
  bestPractice: 'REL02-BP02',
  severity: 'high',
  title: 'Single Direct Connect connection with no backup path',
  rationale:
    'One Direct Connect connection fails with its port, router or location; AWS recommends at least two physically redundant connections, ideally at two locations, or a Site-to-Site VPN as the secondary path.',
  remediation:
    'Use the high or maximum resiliency model (connections at two locations), or keep a Site-to-Site VPN as fail-over.',
  docs: wa('REL02-BP02'),
  services: ['direct-connect', 'site-to-site-vpn'],
  topology: true,
  check: (ctx) => {
    const links = ctx.nodesOf('direct-connect');
    // A second connection or a VPN anywhere in the design is an alternative path.
    if (links.length !== 1 || ctx.nodesOf('site-to-site-vpn').length > 0) return [];
    const dx = links[0];
    if (ctx.prop(dx, 'resiliency') !== 'development' || ctx.prop(dx, 'backupVpn') === true)
      return [];
    return [
      {
        nodes: [dx.id],
        message: `Direct Connect ${nameOf(dx)} is a single connection with no fail-over path`,
        fix: {
          title: 'Keep a Site-to-Site VPN as backup',
          node: dx.id,
          props: { backupVpn: true },
        },
      },
    ];
  },
};
