import { design, edge, network, node } from '../../../../../test-support/design.ts';

const net = network({ zones: 1 });
const at = net.zones[0].private;
const logs = node('logs', 'cloudwatch-logs');

/** Settings or an edge to CloudWatch Logs count as logging; neither is a hit (with a fix where a setting exists). */
export const fixtures = {
  compliant: [
    design(
      [
        ...net.nodes,
        node('api', 'api-gateway', undefined, { accessLogging: true }),
        node('vm', 'ec2-instance', at),
        logs,
      ],
      [edge('vm', 'logs')],
    ),
    design([node('fn', 'lambda-function')]),
  ],
  nonCompliant: [
    { design: design([node('api', 'api-gateway')]), nodes: ['api'] },
    { design: design([...net.nodes, node('db', 'rds-instance', at)]), nodes: ['db'] },
  ],
};
