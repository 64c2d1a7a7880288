/**
 * The numbers of a lineage of states, in the order they were given. Only ever appended to, and
 * each certificate is in it once, so a state that has seen its first `size` entries keeps
 * seeing exactly those whatever later states add.
 */
class Ledger {
  readonly certificates: string[] = [];
  readonly numbers: string[] = [];
  readonly positions = new Map<string, number>();

  /** A ledger of its own holding this one's first `size` entries. */
  static copyOf(ledger: Ledger, size: number): Ledger {
    const copy = new Ledger();
    for (let at = 0; at < size; at++) copy.add(ledger.certificates[at]!, ledger.numbers[at]!);
    return copy;
  }

  add(certificateId: string, number: string): void {
    this.positions.set(certificateId, this.certificates.push(certificateId) - 1);
    this.numbers.push(number);
  }
}

/**
 * The number each certificate holds, immutable from the outside: `with` answers a new value
 * and leaves this one as it was. A tenant's fold adds one number per event, so copying a Map
 * each time made a fold of n events cost n² (five thousand certificates, twelve million
 * entries copied). Instead the values of one lineage share a ledger: `with` appends to it when
 * this value is its latest, and copies it only when two values grow apart from one state (a
 * test deciding twice from one history, or a certificate numbered again).
 */
export class AssignedNumbers {
  private constructor(
    private readonly ledger: Ledger,
    /** How many of the ledger's entries this value holds: the first `size`. */
    readonly size: number,
  ) {}

  static none(): AssignedNumbers {
    return new AssignedNumbers(new Ledger(), 0);
  }

  get(certificateId: string): string | undefined {
    const at = this.positionOf(certificateId);
    return at === undefined ? undefined : this.ledger.numbers[at];
  }

  has(certificateId: string): boolean {
    return this.positionOf(certificateId) !== undefined;
  }

  /** These numbers and `number` for the certificate (replacing the one it had, if any). */
  with(certificateId: string, number: string): AssignedNumbers {
    const { ledger, size } = this;
    const held = this.positionOf(certificateId);
    if (held === undefined) {
      if (ledger.certificates.length === size) {
        ledger.add(certificateId, number);
        return new AssignedNumbers(ledger, size + 1);
      }
      // A sibling grew the ledger already; the same entry next is shared as it is.
      if (ledger.certificates[size] === certificateId && ledger.numbers[size] === number)
        return new AssignedNumbers(ledger, size + 1);
    }
    const copy = Ledger.copyOf(ledger, size);
    if (held === undefined) copy.add(certificateId, number);
    else copy.numbers[held] = number;
    return new AssignedNumbers(copy, copy.certificates.length);
  }

  private positionOf(certificateId: string): number | undefined {
    const at = this.ledger.positions.get(certificateId);
    return at !== undefined && at < this.size ? at : undefined;
  }
}
