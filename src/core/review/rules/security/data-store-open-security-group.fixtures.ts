import {
  design,
  network,
  node,
  type RuleFixtures,
  inPrivateSubnet,
} from '../../../../../test-support/design.ts';

const net = network();
const prv = net.zones[0].private;
const withSg = (cidrs: string[]) =>
  design([
    ...net.nodes,
    node('sg', 'security-group', prv, { ingressCidrs: cidrs, ingressPorts: ['5432'] }),
    node('db', 'rds-instance', 'sg'),
  ]);

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [withSg(['10.0.0.0/16']), inPrivateSubnet(['db', 'rds-instance'])],
  nonCompliant: [{ design: withSg(['0.0.0.0/0']), nodes: ['db', 'sg'] }],
};
