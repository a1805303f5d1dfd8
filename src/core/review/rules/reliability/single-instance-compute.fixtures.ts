import { design, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const prod = { environment: 'production' as const };

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([node('svc', 'ecs-service')], [], prod),
    design([node('svc', 'ecs-service', undefined, { desiredCount: 1 })], [], {
      environment: 'test',
    }),
  ],
  nonCompliant: [
    {
      design: design([node('svc', 'ecs-service', undefined, { desiredCount: 1 })], [], prod),
      nodes: ['svc'],
    },
    {
      design: design(
        [node('eb', 'elastic-beanstalk', undefined, { environmentType: 'single-instance' })],
        [],
        prod,
      ),
      nodes: ['eb'],
    },
  ],
};
