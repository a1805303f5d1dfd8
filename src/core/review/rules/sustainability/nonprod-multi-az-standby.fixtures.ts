import { design, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const db = (multiAz: boolean) => node('db', 'rds-instance', at, { multiAz });

/** Multi-AZ belongs to production; single-AZ test databases and brokers pass. */
export const fixtures = {
  compliant: [design([...net.nodes, db(true)], [], { environment: 'production' }), design([...net.nodes, db(false)], [], { environment: 'test' })],
  nonCompliant: [
    { design: design([...net.nodes, db(true)], [], { environment: 'test' }), nodes: ['db'] },
    { design: design([...net.nodes, node('mq', 'mq-broker', at)], [], { environment: 'staging' }), nodes: ['mq'] },
  ],
};
