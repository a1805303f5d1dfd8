import {
  design,
  edge,
  network,
  node,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();
const [a] = net.zones;
const users = node('users', 'users');
const db = node('db', 'rds-instance', a.private);
const app = node('app', 'ec2-instance', a.private);
const onPrem = node('dc', 'corporate-data-center');
const erp = node('erp', 'external-system', 'dc');

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, users, app, db], [edge(users, app), edge(app, db)]),
    design([...net.nodes, onPrem, erp, db], [edge(erp, db)]),
  ],
  nonCompliant: [
    { design: design([...net.nodes, users, db], [edge(users, db)]), nodes: ['db', 'users'] },
    {
      design: design(
        [...net.nodes, node('partner', 'external-system'), node('k', 'msk-cluster', a.private)],
        [edge(node('partner', 'external-system'), node('k', 'msk-cluster'))],
      ),
      nodes: ['k', 'partner'],
    },
  ],
};
