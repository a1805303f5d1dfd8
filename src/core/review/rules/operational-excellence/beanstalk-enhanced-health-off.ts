import type { Rule } from '../../types.ts';

/** OPS04-BP02: Elastic Beanstalk enhanced health reporting is off; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'beanstalk-enhanced-health-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS04-BP02',
  choiceId: 'ops_observability_application_telemetry',
  severity: 'high',
  title: 'Elastic Beanstalk enhanced health reporting is off',
  rationale:
    'Basic health only reports whether instances answer; enhanced health adds request rates, latency percentiles, error counts and the cause of a degraded state, which is the telemetry needed to run the application.',
  remediation:
    'Turn on enhanced health reporting so that the environment publishes application and instance health metrics.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_observability_application_telemetry.html',
  services: ['elastic-beanstalk'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'enhancedHealth') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} reports only basic health`,
          fix: {
            title: 'Turn on enhanced health reporting',
            node: n.id,
            props: { enhancedHealth: true },
          },
        }
      : null,
};
