import { AddressPolicy, allowListProblem } from '../../src/core/address-policy';

describe('AddressPolicy', () => {
  const open = new AddressPolicy();

  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.100.100.200', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['64:ff9b::a00:1', 'rfc6052'],
  ])('refuses %s (%s) over https', (address, range) => {
    expect(open.refusal(address, 'https:')).toBe(`it resolves to a ${range} address`);
  });

  it('lets public unicast addresses through over https only', () => {
    expect(open.refusal('93.184.216.34', 'https:')).toBeNull();
    expect(open.refusal('2606:2800:220:1:248:1893:25c8:1946', 'https:')).toBeNull();
    expect(open.refusal('93.184.216.34', 'http:')).toMatch(/only https/);
  });

  it('opens the listed addresses and ranges, over http too, and nothing beside them', () => {
    const listed = new AddressPolicy('127.0.0.1, 10.8.0.0/16, fd12::/16');
    expect(listed.refusal('127.0.0.1', 'http:')).toBeNull();
    expect(listed.refusal('::ffff:127.0.0.1', 'http:')).toBeNull();
    expect(listed.refusal('10.8.200.1', 'https:')).toBeNull();
    expect(listed.refusal('fd12::5', 'http:')).toBeNull();
    expect(listed.refusal('127.0.0.2', 'https:')).toMatch(/loopback/);
    expect(listed.refusal('10.9.0.1', 'https:')).toMatch(/private/);
  });

  it('says what is wrong with a bad allow list, and nothing with a good one', () => {
    expect(allowListProblem('127.0.0.1,10.0.0.0/8,::1')).toBeNull();
    expect(allowListProblem('')).toBeNull();
    expect(allowListProblem('localhost')).toMatch(/IP addresses or CIDR/);
    expect(allowListProblem('10.0.0.0/99')).toMatch(/IP addresses or CIDR/);
  });

  it('opens an address listed alone, and only that one, IPv4 or IPv6', () => {
    const listed = new AddressPolicy('10.8.0.1, fd00::1');
    expect(listed.refusal('10.8.0.1', 'http:')).toBeNull();
    expect(listed.refusal('10.8.0.2', 'http:')).not.toBeNull();
    expect(listed.refusal('fd00::1', 'http:')).toBeNull();
    expect(listed.refusal('fd00::2', 'http:')).not.toBeNull();
    expect(listed.refusal('fd00:0:1::1', 'http:')).not.toBeNull();
  });

  it('gives the same verdict when asked again, for each protocol apart', () => {
    const listed = new AddressPolicy('10.8.0.0/16');
    for (let round = 0; round < 2; round++) {
      expect(listed.refusal('10.8.0.1', 'http:')).toBeNull();
      expect(listed.refusal('93.184.216.34', 'http:')).toMatch(/only https/);
      expect(listed.refusal('93.184.216.34', 'https:')).toBeNull();
      expect(listed.refusal('10.9.0.1', 'https:')).toMatch(/private/);
    }
  });

  it('refuses what is not an address', () => {
    expect(open.refusal('example.com', 'https:')).toMatch(/not an IP address/);
  });
});
