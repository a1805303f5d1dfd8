import { design, node } from '../../../../../test-support/design.ts';

const ks = (shardCount: number, capacityMode = 'PROVISIONED') => ({
  ...node('ks', 'kinesis-data-streams', undefined, { capacityMode, shardCount }),
  usage: { dataIngestedGb: 30, writeRequestsPerMonth: 30_000_000 },
});

/** 30 GB and 30 M records a month fit one shard; ten shards are mostly idle. */
export const fixtures = {
  compliant: [design([ks(1)]), design([ks(10, 'ON_DEMAND')])],
  nonCompliant: [{ design: design([ks(10)]), nodes: ['ks'] }],
};
