import { describe, expect, it } from 'vitest';
import { lineOf } from '../testing.ts';

describe('wickr pricing', () => {
  it('prices users per month, and guests when allowed', () => {
    // 25 users x 5 = 125
    expect(lineOf('wickr', { accessLevel: 'STANDARD' }, { users: 25 }).monthlyUsd).toBeCloseTo(
      125,
      9,
    );
    // 25 x 15 = 375; 10 guests x 2 = 20; total 395
    expect(
      lineOf('wickr', { accessLevel: 'PREMIUM', guestAccess: true }, { users: 25, guestUsers: 10 })
        .monthlyUsd,
    ).toBeCloseTo(395, 9);
  });

  it('is unavailable where Wickr is not offered, and its carbon is unknown', () => {
    expect(lineOf('wickr', {}, {}, { region: 'eu-west-3' }).unavailable).toBe(true);
    expect(lineOf('wickr').kgCo2eMonth).toBeNull();
  });
});
