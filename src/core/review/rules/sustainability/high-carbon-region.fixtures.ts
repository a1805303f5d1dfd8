import { design, network, node, region } from '../../../../../test-support/design.ts';

const frankfurt = network({ code: 'eu-central-1', zones: 1 });
const mumbai = network({ code: 'ap-south-1', zones: 1 });
const vm = (net: typeof frankfurt) =>
  node('vm', 'ec2-instance', net.zones[0].private, { instanceType: 'm5.large' });

/**
 * Frankfurt (311 gCO2e/kWh) has Stockholm (8.8) at a lower EC2 price; Stockholm itself and Mumbai
 * (no Asia Pacific Region at half its factor) have no better choice; a Lambda-only design has no hourly price to compare.
 */
export const fixtures = {
  compliant: [
    design([
      ...network({ code: 'eu-north-1', zones: 1 }).nodes,
      node('vm', 'ec2-instance', 'prv1', { instanceType: 'm5.large' }),
    ]),
    design([...mumbai.nodes, vm(mumbai)]),
    design([region('r', 'eu-central-1'), node('fn', 'lambda-function', 'r')]),
  ],
  nonCompliant: [{ design: design([...frankfurt.nodes, vm(frankfurt)]), nodes: ['region'] }],
};
