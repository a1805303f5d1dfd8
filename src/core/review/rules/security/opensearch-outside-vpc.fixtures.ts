import {
  design,
  network,
  node,
  region,
  type RuleFixtures,
} from '../../../../../test-support/design.ts';

const net = network();

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [design([...net.nodes, node('os', 'opensearch-domain', net.zones[0].private)])],
  nonCompliant: [
    {
      design: design([region('r', 'us-east-1'), node('os', 'opensearch-domain', 'r')]),
      nodes: ['os'],
    },
  ],
};
