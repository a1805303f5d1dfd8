import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const vm = (instanceType: string) => node('vm', 'ec2-instance', net.zones[0].private, { instanceType });

/** m5.2xlarge in development gets a fix to m5.large; production and GPU instances are not judged. */
export const fixtures = {
  compliant: [
    design([...net.nodes, vm('m5.2xlarge')], [], { environment: 'production' }),
    design([...net.nodes, vm('g4dn.xlarge')], [], { environment: 'development' }),
    design([...net.nodes, vm('t3.large')], [], { environment: 'development' }),
  ],
  nonCompliant: [
    { design: design([...net.nodes, vm('m5.2xlarge')], [], { environment: 'development' }), nodes: ['vm'] },
    { design: design([node('eb', 'elastic-beanstalk', undefined, { instanceType: 'c5.xlarge' })], [], { environment: 'test' }), nodes: ['eb'] },
  ],
};
