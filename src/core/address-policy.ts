import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;
type Range = [Address, number];

/** Addresses whose verdicts are remembered: every live webhook's, many times over. */
const VERDICTS_KEPT = 4096;

/** An address as ipaddr.js reads it, an IPv4-mapped IPv6 address as the IPv4 one it maps. */
function parsed(address: string): Address | null {
  if (!ipaddr.isValid(address)) return null;
  const ip = ipaddr.parse(address);
  return ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()
    ? (ip as ipaddr.IPv6).toIPv4Address()
    : ip;
}

/** `WEBHOOK_ALLOW_HOSTS` as ranges: an address alone is a range of one. */
export function parseAllowList(setting: string): Range[] {
  return setting
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      if (entry.includes('/')) return ipaddr.parseCIDR(entry);
      const ip = ipaddr.parse(entry);
      // Stryker disable next-line ConditionalExpression,StringLiteral: ipaddr compares an IPv4 address on its 32 bits at most, so 128 matches the same one address
      return [ip, ip.kind() === 'ipv4' ? 32 : 128] satisfies Range;
    });
}

/** Why a `WEBHOOK_ALLOW_HOSTS` entry is not an address or range, or null when all are. */
export function allowListProblem(setting: string): string | null {
  try {
    parseAllowList(setting);
    return null;
  } catch {
    return 'must be comma-separated IP addresses or CIDR ranges';
  }
}

/**
 * Which addresses an outbound call may connect to (ARCHITECTURE 11): public unicast ones over
 * https; the operator's listed ranges over http too. Everything ipaddr.js classes otherwise —
 * loopback, private, link-local (cloud metadata), unique-local, carrier-grade NAT, reserved,
 * multicast, NAT64, 6to4, Teredo — is refused, so no hand-written range list can miss one.
 */
export class AddressPolicy {
  private readonly allowed: readonly Range[];
  /**
   * Verdicts given, by protocol and address: one depends on nothing else (the allow list is
   * fixed at start), so the check at every delivery costs a lookup, not three parses of the
   * address and a walk through ipaddr.js's ranges. Forgotten all at once when full.
   */
  private readonly verdicts = new Map<string, string | null>();

  constructor(allowHosts = '') {
    this.allowed = parseAllowList(allowHosts);
  }

  /** Why `address` may not be reached over `protocol`, or null when it may. */
  refusal(address: string, protocol: 'http:' | 'https:'): string | null {
    const key = `${protocol}${address}`;
    let verdict = this.verdicts.get(key);
    // Stryker disable all: a cache; judging again gives the same verdict (a spec asks twice)
    if (verdict === undefined) {
      if (this.verdicts.size >= VERDICTS_KEPT) this.verdicts.clear();
      verdict = this.judge(address, protocol);
      this.verdicts.set(key, verdict);
    }
    // Stryker restore all
    return verdict;
  }

  private judge(address: string, protocol: 'http:' | 'https:'): string | null {
    const ip = parsed(address);
    if (!ip) return `${address} is not an IP address`;
    if (this.isListed(ip)) return null;
    if (protocol !== 'https:')
      return 'only https reaches addresses WEBHOOK_ALLOW_HOSTS does not list';
    const range = ip.range();
    return range === 'unicast' ? null : `it resolves to a ${range} address`;
  }

  private isListed(ip: Address): boolean {
    return this.allowed.some(
      ([base, bits]) => base.kind() === ip.kind() && ip.match([base, bits] as never),
    );
  }
}

export const ADDRESS_POLICY = Symbol('AddressPolicy');
