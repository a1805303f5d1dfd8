import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;

/** db.r6g passes; db.r5 gets a fix to db.r6g; an MSK m5 broker gets a fix to m7g. */
export const fixtures = {
  compliant: [
    design([...net.nodes, node('db', 'rds-instance', at, { instanceClass: 'db.r6g.large' })]),
  ],
  nonCompliant: [
    {
      design: design([
        ...net.nodes,
        node('db', 'rds-instance', at, { instanceClass: 'db.r5.large' }),
      ]),
      nodes: ['db'],
    },
    {
      design: design([
        ...net.nodes,
        node('kafka', 'msk-cluster', at, { brokerInstanceType: 'kafka.m5.large' }),
      ]),
      nodes: ['kafka'],
    },
  ],
};
