import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const db = node('db', 'rds-instance', net.zones[0].private);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, db], [], { environment: 'production' }),
    design([...net.nodes, db], [], { environment: 'development', scheduleHoursPerWeek: 60 }),
    design(
      [
        ...net.nodes,
        node('a', 'aurora-cluster', net.zones[0].private, { capacityMode: 'serverless_v2' }),
      ],
      [],
      { environment: 'test' },
    ),
  ],
  nonCompliant: [
    { design: design([...net.nodes, db], [], { environment: 'development' }), nodes: ['db'] },
    {
      design: design([...net.nodes, node('asg', 'auto-scaling-group', net.vpc)], [], {
        environment: 'test',
        scheduleHoursPerWeek: 168,
      }),
      nodes: ['asg'],
    },
  ],
};
