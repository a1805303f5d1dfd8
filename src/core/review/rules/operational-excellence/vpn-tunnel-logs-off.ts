import type { Rule } from '../../types.ts';

/** OPS04-BP04: Site-to-Site VPN tunnel logs are off; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'vpn-tunnel-logs-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS04-BP04',
  choiceId: 'ops_observability_dependency_telemetry',
  severity: 'high',
  title: 'Site-to-Site VPN tunnel logs are off',
  rationale:
    'The VPN to the corporate network is a dependency the workload cannot see into; tunnel logs record negotiation failures and state changes that explain why on-premises systems became unreachable.',
  remediation:
    'Turn on tunnel activity logs to CloudWatch Logs for both tunnels and alarm on tunnel state.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_observability_dependency_telemetry.html',
  services: ['site-to-site-vpn'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'tunnelLogs') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} does not log tunnel activity`,
          fix: { title: 'Turn on tunnel logs', node: n.id, props: { tunnelLogs: true } },
        }
      : null,
};
