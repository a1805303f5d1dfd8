import { design, network, node, type RuleFixtures } from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;
const dev = { environment: 'development' as const };

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design(
      [
        ...net.nodes,
        node('i', 'ec2-instance', prv, { instanceType: 'm5.2xlarge' }),
        node('db', 'rds-instance', prv, { instanceClass: 'db.r5.large' }),
      ],
      [],
      {
        environment: 'production',
      },
    ),
    design(
      [...net.nodes, node('i', 'ec2-instance', prv), node('db', 'rds-instance', prv)],
      [],
      dev,
    ),
  ],
  nonCompliant: [
    {
      design: design(
        [...net.nodes, node('i', 'ec2-instance', prv, { instanceType: 'm5.2xlarge' })],
        [],
        dev,
      ),
      nodes: ['i'],
    },
    {
      design: design(
        [...net.nodes, node('db', 'rds-instance', prv, { instanceClass: 'db.r6g.large' })],
        [],
        { environment: 'test' },
      ),
      nodes: ['db'],
    },
    { design: design([...net.nodes, node('a', 'aurora-cluster', prv)], [], dev), nodes: ['a'] },
  ],
};
