import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('lambda pricing', () => {
  it('prices requests and GB-seconds (x86, 128 MB)', () => {
    const line = lineOf(
      'lambda-function',
      { memoryMb: 128, architecture: 'x86_64' },
      { requestsPerMonth: 5e6, avgDurationMs: 200 },
    );
    // 5,000,000 x 0.0000002 = 1; 5,000,000 x 0.2 s x 0.125 GB = 125,000 GB-s x 0.0000166667 = 2.0833375
    expect(line.monthlyUsd).toBeCloseTo(3.0833375, 9);
  });

  it('uses the Arm prices for arm64', () => {
    const line = lineOf(
      'lambda-function',
      { memoryMb: 1024, architecture: 'arm64' },
      { requestsPerMonth: 1e6, avgDurationMs: 100 },
    );
    // 1,000,000 x 0.0000002 = 0.2; 1,000,000 x 0.1 s x 1 GB = 100,000 GB-s x 0.0000133334 = 1.33334
    expect(line.monthlyUsd).toBeCloseTo(1.53334, 9);
  });

  it('adds ephemeral storage above 512 MB and provisioned concurrency', () => {
    const line = lineOf(
      'lambda-function',
      { memoryMb: 1024, ephemeralStorageMb: 1024, provisionedConcurrency: 2 },
      { requestsPerMonth: 1e6, avgDurationMs: 100 },
    );
    // requests 0.2; duration 100,000 GB-s x 0.0000166667 = 1.66667
    // ephemeral (1,024 - 512) MB = 0.5 GB x 100,000 s = 50,000 GB-s x 0.0000000309 = 0.001545
    // provisioned 2 x 1 GB x 730 h x 3,600 s = 5,256,000 GB-s x 0.0000041667 = 21.9001752
    expect(line.monthlyUsd).toBeCloseTo(0.2 + 1.66667 + 0.001545 + 21.9001752, 9);
  });

  it('is unknown above the first duration band (6 billion GB-s)', () => {
    const line = lineOf(
      'lambda-function',
      { memoryMb: 10240 },
      { requestsPerMonth: 1e9, avgDurationMs: 1000 },
    );
    // 1e9 x 1 s x 10 GB = 1e10 GB-s > 6e9
    expect(line.monthlyUsd).toBeNull();
  });
});
