import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const i = node('i', 'ec2-instance', net.zones[0].private);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, i], [], { environment: 'production' }),
    design(
      [...net.nodes, node('i', 'ec2-instance', net.zones[0].private, { schedule: 'office-hours' })],
      [],
      { environment: 'development' },
    ),
    design([...net.nodes, i], [], { environment: 'test', scheduleHoursPerWeek: 50 }),
  ],
  nonCompliant: [
    { design: design([...net.nodes, i], [], { environment: 'staging' }), nodes: ['i'] },
  ],
};
