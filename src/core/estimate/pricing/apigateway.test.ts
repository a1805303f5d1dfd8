import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('apigateway pricing', () => {
  it('prices REST calls and the 0.5 GB cache per hour', () => {
    const line = lineOf(
      'api-gateway',
      { apiType: 'rest', cacheEnabled: true, cacheSizeGb: '0.5' },
      { requestsPerMonth: 1e7 },
    );
    // 10,000,000 x 0.0000035 = 35; cache 730 h x 0.02 = 14.6; total 49.6
    expect(line.monthlyUsd).toBeCloseTo(49.6, 9);
  });

  it('prices HTTP APIs per Region', () => {
    // 10,000,000 x 0.000001 = 10 (us-east-1); x 0.00000106 = 10.6 (eu-north-1)
    expect(
      lineOf('api-gateway', { apiType: 'http' }, { requestsPerMonth: 1e7 }).monthlyUsd,
    ).toBeCloseTo(10, 9);
    expect(
      lineOf(
        'api-gateway',
        { apiType: 'http' },
        { requestsPerMonth: 1e7 },
        { region: 'eu-north-1' },
      ).monthlyUsd,
    ).toBeCloseTo(10.6, 9);
  });

  it('prices WebSocket messages and connection minutes', () => {
    const line = lineOf(
      'api-gateway',
      { apiType: 'websocket' },
      { messagesPerMonth: 5e6, connectionMinutes: 1e6 },
    );
    // 5,000,000 x 0.000001 = 5; 1,000,000 x 0.00000025 = 0.25
    expect(line.monthlyUsd).toBeCloseTo(5.25, 9);
  });

  it('is unknown above 333 million REST calls and for cache sizes without a price', () => {
    expect(
      lineOf('api-gateway', { apiType: 'rest' }, { requestsPerMonth: 4e8 }).monthlyUsd,
    ).toBeNull();
    expect(
      lineOf('api-gateway', { apiType: 'rest', cacheEnabled: true, cacheSizeGb: '1.6' }).monthlyUsd,
    ).toBeNull();
  });
});
