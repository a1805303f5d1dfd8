/** IPv4 CIDR arithmetic for subnet checks and allocation. Addresses are unsigned 32-bit numbers. */

export interface Cidr {
  /** First address of the block, host bits cleared. */
  start: number;
  /** Last address of the block. */
  end: number;
  prefix: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses `a.b.c.d/n`; null when the syntax is wrong or host bits are set. */
export function parseCidr(text: string): Cidr | null {
  const m = CIDR.exec(text);
  if (!m) return null;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return null;
  if (m.slice(1, 5).some((o) => o.length > 1 && o.startsWith('0'))) return null;
  const addr = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const size = 2 ** (32 - prefix);
  if (addr % size !== 0) return null;
  return { start: addr, end: addr + size - 1, prefix };
}

/** Why a CIDR string is invalid, or null when it is fine. */
export function cidrProblem(text: string): string | null {
  if (!CIDR.test(text)) return `"${text}" is not an IPv4 CIDR block like 10.0.0.0/16`;
  if (parseCidr(text)) return null;
  const [, , , , , prefix] = CIDR.exec(text)!;
  if (Number(prefix) > 32) return `prefix /${prefix} is longer than 32 bits`;
  return `"${text}" has host bits set or an octet out of range; the block would start at ${networkOf(text)}`;
}

function networkOf(text: string): string {
  const m = CIDR.exec(text)!;
  const octets = m.slice(1, 5).map((o) => Math.min(255, Number(o)));
  const prefix = Math.min(32, Number(m[5]));
  const addr = ((octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]) >>> 0;
  const size = 2 ** (32 - prefix);
  return `${formatAddress(addr - (addr % size))}/${prefix}`;
}

export function formatAddress(addr: number): string {
  return [addr >>> 24, (addr >>> 16) & 255, (addr >>> 8) & 255, addr & 255].join('.');
}

export function formatCidr(c: Cidr): string {
  return `${formatAddress(c.start)}/${c.prefix}`;
}

export function cidrContains(outer: Cidr, inner: Cidr): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function cidrOverlaps(a: Cidr, b: Cidr): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The first free block of the given prefix inside `within` that overlaps none of `taken`,
 * or null when the range is full.
 */
export function allocateCidr(within: Cidr, prefix: number, taken: readonly Cidr[]): Cidr | null {
  if (prefix < within.prefix || prefix > 28) return null;
  const size = 2 ** (32 - prefix);
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  let candidate = within.start;
  for (const t of sorted) {
    if (t.end < candidate) continue;
    if (t.start >= candidate + size) break;
    candidate = Math.ceil((t.end + 1) / size) * size;
  }
  if (candidate + size - 1 > within.end) return null;
  return { start: candidate, end: candidate + size - 1, prefix };
}
