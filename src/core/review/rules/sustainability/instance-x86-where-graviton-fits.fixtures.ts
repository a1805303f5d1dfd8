import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const vm = (instanceType: string) => node('vm', 'ec2-instance', at, { instanceType });

/** Graviton and GPU types pass; m5 gets a fix, t3.xlarge (no t4g.xlarge on offer here) a finding only. */
export const fixtures = {
  compliant: [design([...net.nodes, vm('m7g.large')]), design([...net.nodes, vm('g4dn.xlarge')])],
  nonCompliant: [
    { design: design([...net.nodes, vm('m5.large')]), nodes: ['vm'] },
    { design: design([...net.nodes, vm('t3.xlarge')]), nodes: ['vm'] },
    {
      design: design([
        ...net.nodes,
        node('emr', 'emr-cluster', at, {
          primaryInstanceType: 'm5.xlarge',
          coreInstanceType: 'r5.xlarge',
        }),
      ]),
      nodes: ['emr'],
    },
  ],
};
