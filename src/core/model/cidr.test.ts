import { describe, expect, it } from 'vitest';
import {
  allocateCidr,
  cidrContains,
  cidrOverlaps,
  cidrProblem,
  formatCidr,
  parseCidr,
} from './cidr.ts';

describe('CIDR arithmetic', () => {
  it('parses and formats', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({ start: 167772160, end: 167837695, prefix: 16 });
    expect(formatCidr(parseCidr('192.168.1.0/24')!)).toBe('192.168.1.0/24');
    expect(parseCidr('10.0.0.1/16')).toBeNull();
    expect(parseCidr('010.0.0.0/8')).toBeNull();
    expect(cidrProblem('10.0.0.1/16')).toMatch(/would start at 10.0.0.0\/16/);
  });

  it('contains and overlaps', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    expect(cidrContains(vpc, parseCidr('10.0.5.0/24')!)).toBe(true);
    expect(cidrContains(vpc, parseCidr('10.1.0.0/24')!)).toBe(false);
    expect(cidrOverlaps(parseCidr('10.0.0.0/23')!, parseCidr('10.0.1.0/24')!)).toBe(true);
    expect(cidrOverlaps(parseCidr('10.0.0.0/24')!, parseCidr('10.0.1.0/24')!)).toBe(false);
  });

  it('allocates the first free block', () => {
    const vpc = parseCidr('10.0.0.0/16')!;
    const taken = ['10.0.0.0/24', '10.0.1.0/24', '10.0.3.0/24'].map((c) => parseCidr(c)!);
    expect(formatCidr(allocateCidr(vpc, 24, taken)!)).toBe('10.0.2.0/24');
    expect(allocateCidr(parseCidr('10.0.0.0/24')!, 24, [parseCidr('10.0.0.0/24')!])).toBeNull();
  });
});
