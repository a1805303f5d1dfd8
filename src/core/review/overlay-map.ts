/**
 * A read-only map that answers from a few overrides first and a shared base map otherwise. The
 * engine uses it for the node lookup after a settings edit: copying a 5,000-entry map on every
 * keystroke costs more (in allocation and garbage collection) than the rest of the re-review.
 * Keys of the overrides must already be keys of the base, so size and order are the base's.
 */
export class OverlayMap<K, V> implements ReadonlyMap<K, V> {
  readonly base: ReadonlyMap<K, V>;
  readonly overrides: ReadonlyMap<K, V>;

  constructor(base: ReadonlyMap<K, V>, overrides: ReadonlyMap<K, V>) {
    this.base = base;
    this.overrides = overrides;
  }

  get size(): number {
    return this.base.size;
  }

  get(key: K): V | undefined {
    return this.overrides.has(key) ? this.overrides.get(key) : this.base.get(key);
  }

  has(key: K): boolean {
    return this.base.has(key);
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [k, v] of this) fn(v, k, this);
  }

  *entries(): MapIterator<[K, V]> {
    for (const k of this.base.keys()) yield [k, this.get(k)!];
  }

  keys(): MapIterator<K> {
    return this.base.keys();
  }

  *values(): MapIterator<V> {
    for (const k of this.base.keys()) yield this.get(k)!;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/** `base` with `changes` applied, flattening an earlier overlay so lookups never chain. */
export function overlay<K, V>(
  base: ReadonlyMap<K, V>,
  changes: Iterable<[K, V]>,
): ReadonlyMap<K, V> {
  const root = base instanceof OverlayMap ? (base.base as ReadonlyMap<K, V>) : base;
  const overrides = new Map(
    base instanceof OverlayMap ? (base.overrides as ReadonlyMap<K, V>) : [],
  );
  for (const [k, v] of changes) overrides.set(k, v);
  // Past a few hundred edited nodes a plain copy is cheaper to read than a long override list.
  if (overrides.size > 256)
    return new Map([...root].map(([k, v]) => [k, overrides.has(k) ? overrides.get(k)! : v]));
  return new OverlayMap(root, overrides);
}
