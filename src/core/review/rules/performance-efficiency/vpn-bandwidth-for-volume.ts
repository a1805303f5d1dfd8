import type { Rule } from '../../types.ts';

/** Monthly transfer from which a standard 1.25 Gbps tunnel is likely saturated at peaks (about 150 Mbps on average). GB/month. */
const HIGH_VOLUME_GB = 50_000;

/** PERF04-BP03: a standard VPN tunnel tops out at 1.25 Gbps. */
export const rule: Rule = {
  id: 'vpn-bandwidth-for-volume',
  pillar: 'performance-efficiency',
  bestPractice: 'PERF04-BP03',
  choiceId: 'perf_networking_choose_appropriate_dedicated_connectivity_or_vpn',
  severity: 'high',
  title: 'Standard VPN tunnels carry a high volume of hybrid traffic',
  rationale:
    'A standard Site-to-Site VPN tunnel carries at most about 1.25 Gbps over the internet; tens of terabytes a month mean peaks well above the average, so transfers queue and latency to on-premises systems varies.',
  remediation:
    'Use large (5 Gbps) tunnels with ECMP over a transit gateway, or move the bulk traffic to AWS Direct Connect with the VPN as backup.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/performance-efficiency-pillar/perf_networking_choose_appropriate_dedicated_connectivity_or_vpn.html',
  services: ['site-to-site-vpn'],
  topology: false,
  checkNode: (n, ctx) => {
    const gb = ctx.usage(n, 'dataOutGb') ?? 0;
    if (gb < HIGH_VOLUME_GB || ctx.prop(n, 'tunnelBandwidth') !== 'standard') return null;
    return {
      nodes: [n.id],
      message: `${n.label ?? n.id} carries ${gb.toLocaleString('en-US')} GB a month over standard tunnels`,
      fix: {
        title: 'Use large (5 Gbps) tunnels on a transit gateway',
        node: n.id,
        props: { tunnelBandwidth: 'large', attachTo: 'transit-gateway' },
      },
    };
  },
};
