import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const vm = node('vm', 'ec2-instance', net.zones[0].private);
const bucket = node('b', 's3-bucket');
const gateway = node('gw', 'vpc-endpoint', net.vpc, { endpointType: 'Gateway' });

/** A private instance reading S3 needs a gateway endpoint in its VPC; a public one is not judged. */
export const fixtures = {
  compliant: [
    design([...net.nodes, vm, bucket, gateway], [edge(vm, bucket)]),
    design([...net.nodes, node('pub', 'ec2-instance', net.zones[0].public), bucket], [edge('pub', 'b')]),
  ],
  nonCompliant: [{ design: design([...net.nodes, vm, bucket], [edge(vm, bucket)]), nodes: ['vm', 'b'] }],
};
