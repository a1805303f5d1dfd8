import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;
const app = node('app', 'ec2-instance', a.private);
const db = node('db', 'rds-instance', a.private);
const secret = node('s', 'secrets-manager');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, app, db, secret], [edge(app, db), edge(secret, db)]),
    design(
      [...net.nodes, app, node('db', 'rds-instance', a.private, { iamAuth: true })],
      [edge(app, db)],
    ),
    design([...net.nodes, db]),
  ],
  nonCompliant: [{ design: design([...net.nodes, app, db], [edge(app, db)]), nodes: ['db'] }],
};
