import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('elasticache pricing', () => {
  it('prices every node of a node-based cluster', () => {
    const line = lineOf('elasticache', {
      deployment: 'node-based',
      engine: 'valkey',
      nodeType: 'cache.t4g.micro',
      numShards: 1,
      replicasPerShard: 1,
    });
    // 1 shard x (1 primary + 1 replica) = 2 nodes x 730 h x 0.0128 = 18.688
    expect(line.monthlyUsd).toBeCloseTo(18.688, 9);
  });

  it('prices Serverless by GB-hours and ECPUs', () => {
    const line = lineOf(
      'elasticache',
      { deployment: 'serverless', engine: 'valkey' },
      { storageGb: 1, ecpuPerMonth: 3e8 },
    );
    // 1 GB x 730 h x 0.084 = 61.32; 300,000,000 x 0.0000000023 = 0.69; total 62.01
    expect(line.monthlyUsd).toBeCloseTo(62.01, 9);
    expect(line.kgCo2eMonth).toBeNull();
  });
});
