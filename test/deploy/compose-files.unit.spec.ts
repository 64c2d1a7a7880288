import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

/** One service's block of a compose file: its line and the more indented lines after it. */
function service(compose: string, name: string): string {
  const lines = compose.split('\n');
  const start = lines.indexOf(`  ${name}:`);
  if (start < 0) throw new Error(`no service ${name}`);
  const end = lines.findIndex((line, index) => index > start && /^ {0,2}\S/.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/**
 * What the compose files must say, checked here as text; that they work together is checked by
 * CI's secured-stack job, which brings the deployable stack up (issue 25, item 9).
 */
describe('The deployable stack (docker-compose.secure.yml)', () => {
  const compose = read('docker-compose.secure.yml');
  const certs = service(compose, 'kurrentdb-certs');
  const kurrentdb = service(compose, 'kurrentdb');
  const certificates = service(compose, 'certificates');

  it("gives KurrentDB's files to the uid KurrentDB 26 runs as, the key to it alone", () => {
    expect(certs).toMatch(/KURRENTDB_UID: \$\{KURRENTDB_UID:-1001\}/);
    expect(certs).toMatch(/chown -R "\$\$KURRENTDB_UID:\$\$KURRENTDB_UID" \/node/);
    expect(certs).toMatch(/chmod 600 \/node\/node\.key/);
  });

  it('issues the node certificate at every start from a kept CA key, and uses an own PKI as given', () => {
    const script = certs.slice(certs.indexOf('set -eu'));
    // Only the CA is made once; the node certificate is not behind that test.
    expect(script).toMatch(/\[ -f ca\/ca\.crt \] \|\| es-gencert-cli create-ca -out \.\/ca\n/);
    expect(script).toMatch(
      /if \[ -f ca\/ca\.key \]; then[\s\S]*create-node[\s\S]*else\s+cp node\/node\.crt node\/node\.key/,
    );
    // Nothing needs a CA key that an own PKI does not hand over.
    expect(script).not.toMatch(/chmod [^\n]*ca\/ca\.key[^\n]*node/);
  });

  it('checks health against the CA, not with -k', () => {
    expect(kurrentdb).toMatch(
      /curl -fsS --cacert \/etc\/kurrentdb\/certs\/ca\/ca\.crt https:\/\/localhost:2113/,
    );
    expect(compose).not.toMatch(/curl -\w*k/);
  });

  it('gives the service the CA certificate alone, and KurrentDB no CA key', () => {
    expect(certificates).toMatch(/- kurrentdb-ca-cert:\/etc\/kurrentdb-ca:ro/);
    expect(certificates).not.toMatch(/kurrentdb-certs:|kurrentdb-node-tls:/);
    expect(certificates).toMatch(/tlsCAFile=\/etc\/kurrentdb-ca\/ca\.crt/);
    expect(kurrentdb).toMatch(/- kurrentdb-node-tls:\/etc\/kurrentdb\/certs:ro/);
    expect(kurrentdb).not.toMatch(/- kurrentdb-certs:/);
  });

  it("replaces the ops user's default password and opts out of telemetry", () => {
    expect(kurrentdb).toMatch(/KURRENTDB_DEFAULT_OPS_PASSWORD: \$\{KURRENTDB_OPS_PASSWORD:\?/);
    expect(kurrentdb).toMatch(/KURRENTDB_TELEMETRY_OPTOUT: 'true'/);
  });
});

describe('The development stack (docker-compose.yml)', () => {
  const compose = read('docker-compose.yml');

  it('publishes its ports on the loopback only, as it has no TLS and no passwords', () => {
    const published = [...compose.matchAll(/ports:\n((?:\s+- .*\n)+)/g)].flatMap((match) =>
      match[1]!
        .trim()
        .split('\n')
        .map((line) => line.trim()),
    );
    expect(published).toHaveLength(3);
    for (const port of published) expect(port).toMatch(/^- '127\.0\.0\.1:\d+:\d+'$/);
  });

  it('opts out of KurrentDB telemetry', () => {
    expect(service(compose, 'kurrentdb')).toMatch(/KURRENTDB_TELEMETRY_OPTOUT: 'true'/);
  });
});
