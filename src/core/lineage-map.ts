/**
 * The entries of a lineage of values, in the order they were added. Only ever appended to, and
 * each key is in it once, so a value that has seen its first `size` entries keeps seeing
 * exactly those whatever later values add.
 */
class Ledger<K, V> {
  readonly keys: K[] = [];
  readonly values: V[] = [];
  readonly positions = new Map<K, number>();

  /** A ledger of its own holding this one's first `size` entries. */
  static copyOf<K, V>(ledger: Ledger<K, V>, size: number): Ledger<K, V> {
    const copy = new Ledger<K, V>();
    for (let at = 0; at < size; at++) copy.add(ledger.keys[at]!, ledger.values[at]!);
    return copy;
  }

  add(key: K, value: V): void {
    this.positions.set(key, this.keys.push(key) - 1);
    this.values.push(value);
  }
}

/**
 * An immutable map for a decider's state that grows by one entry per event: `with` answers a
 * new value and leaves this one as it was. A tenant-wide stream (its certificate numbers, its
 * status list) adds one entry per certificate, so copying a Map at each event made a fold of n
 * events cost n² (five thousand certificates, twelve million entries copied). Instead the values
 * of one lineage share a ledger: `with` appends to it when this value is its latest, and copies
 * it only when two values grow apart from one value (a test deciding twice from one history, or
 * a key given a value again).
 */
export class LineageMap<K, V> {
  private constructor(
    private readonly ledger: Ledger<K, V>,
    /** How many of the ledger's entries this value holds: the first `size`. */
    readonly size: number,
  ) {}

  static none<K, V>(): LineageMap<K, V> {
    return new LineageMap(new Ledger<K, V>(), 0);
  }

  get(key: K): V | undefined {
    const at = this.positionOf(key);
    return at === undefined ? undefined : this.ledger.values[at];
  }

  has(key: K): boolean {
    return this.positionOf(key) !== undefined;
  }

  /** These entries and `value` for `key` (replacing the one it had, if any). */
  with(key: K, value: V): LineageMap<K, V> {
    const { ledger, size } = this;
    const held = this.positionOf(key);
    if (held === undefined) {
      if (ledger.keys.length === size) {
        ledger.add(key, value);
        return new LineageMap(ledger, size + 1);
      }
      // A sibling grew the ledger already; the same entry next is shared as it is.
      if (ledger.keys[size] === key && ledger.values[size] === value)
        return new LineageMap(ledger, size + 1);
    }
    const copy = Ledger.copyOf(ledger, size);
    if (held === undefined) copy.add(key, value);
    else copy.values[held] = value;
    return new LineageMap(copy, copy.keys.length);
  }

  private positionOf(key: K): number | undefined {
    const at = this.ledger.positions.get(key);
    return at !== undefined && at < this.size ? at : undefined;
  }
}
