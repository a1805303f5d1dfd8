import { design, edge, node } from '../../../../../test-support/design.ts';

const ks = (enhancedFanOutConsumers = 0) =>
  node('ks', 'kinesis-data-streams', undefined, { enhancedFanOutConsumers });
const consumers = [
  node('f1', 'lambda-function'),
  node('f2', 'lambda-function'),
  node('fl', 'managed-flink'),
];
const edges = [edge(ks(), consumers[0]), edge(ks(), consumers[1]), edge('fl', 'ks')];

/** Three shared consumers compete; with fan-out for them, or with two, they do not. */
export const fixtures = {
  compliant: [
    design([ks(3), ...consumers], edges),
    design([ks(), consumers[0], consumers[1]], edges.slice(0, 2)),
  ],
  nonCompliant: [{ design: design([ks(), ...consumers], edges), nodes: ['ks', 'f1', 'f2', 'fl'] }],
};
