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
const bucket = node('b', 's3-bucket', net.region);
const nat = node('nat', 'nat-gateway', a.public);
const ep = node('ep', 'vpc-endpoint', net.vpc, { endpointType: 'Gateway' });

/** Designs the rule must pass, and designs it must flag with the nodes named. */
export const fixtures: RuleFixtures = {
  compliant: [
    design([...net.nodes, app, bucket, nat, ep], [edge(app, bucket), edge(ep, bucket)]),
    design([...net.nodes, app, bucket], [edge(app, bucket)]),
  ],
  nonCompliant: [
    {
      design: design([...net.nodes, app, bucket, nat], [edge(app, bucket)]),
      nodes: [net.vpc, 'nat', 'b'],
    },
  ],
};
