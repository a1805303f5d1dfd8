import {
  design,
  network,
  node,
  type RuleFixtures,
  flagged,
} from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([
      ...net.nodes,
      node('db', 'rds-instance', prv),
      node('rs', 'redshift-serverless', net.region),
    ]),
  ],
  nonCompliant: [
    flagged('db', 'rds-instance', { publiclyAccessible: true }),
    flagged('mq', 'mq-broker', { publiclyAccessible: true }),
  ],
};
