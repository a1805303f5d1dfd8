import type { Rule } from '../../types.ts';

/** OPS06-BP04: ECS service deploys without a circuit breaker; the quick fix turns the setting on. */
export const rule: Rule = {
  id: 'ecs-deployment-circuit-breaker-off',
  pillar: 'operational-excellence',
  bestPractice: 'OPS06-BP04',
  choiceId: 'ops_mit_deploy_risks_auto_testing_and_rollback',
  severity: 'medium',
  title: 'ECS service deploys without a circuit breaker',
  rationale:
    'Without the deployment circuit breaker a release whose tasks keep failing to start is retried indefinitely instead of being stopped and rolled back to the last working version.',
  remediation:
    'Turn on the deployment circuit breaker with rollback so that failed deployments return to the previous task definition automatically.',
  docs: 'https://docs.aws.amazon.com/wellarchitected/latest/operational-excellence-pillar/ops_mit_deploy_risks_auto_testing_and_rollback.html',
  services: ['ecs-service'],
  topology: false,
  checkNode: (n, ctx) =>
    ctx.prop(n, 'circuitBreaker') === false
      ? {
          nodes: [n.id],
          message: `${n.label ?? n.id} does not roll back failed deployments automatically`,
          fix: {
            title: 'Turn on the deployment circuit breaker',
            node: n.id,
            props: { circuitBreaker: true },
          },
        }
      : null,
};
