import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issuerDid } from '../src/credentials/did-web';
import { FileIssuerKeys } from '../src/credentials/file-issuer-keys';
import type { Issuing } from '../src/credentials/issuing';
import {
  type CredentialFacts,
  issueCredential,
  openBadgeCredential,
} from '../src/credentials/open-badge-credential';
import { issueStatusList } from '../src/credentials/status-list';
import { round } from './append-workload';
import { type Benchmark, timed } from './benchmark';

/** A certificate's PDF takes about 163 ms here (the pdf row: 6.15 certificates/s); signing may add 10 %. */
const PDF_MS_PER_CERTIFICATE = 163;

/**
 * Signed Open Badges credentials per second (key read from its file, JSON-LD expansion with the
 * packaged contexts, RDF canonicalisation, SHA-256, Ed25519), against node:crypto Ed25519 signing
 * of the same credential's bytes: what the Data Integrity proof costs over the bare signature.
 * A second row times one signed status list of 131,072 entries with a thousand revocations.
 */
export const credentialBenchmark: Benchmark = {
  name: 'credential',
  async run({ quick }) {
    const count = quick ? 50 : 300;
    const directory = mkdtempSync(join(tmpdir(), 'bench-credential-'));
    try {
      const issuing: Issuing = {
        keys: new FileIssuerKeys(join(directory, 'keys')),
        publicUrl: 'http://localhost:3000',
      };
      const ours = await credentialsPerSecond(issuing, count);
      const plain = plainSignaturesPerSecond(count * 10);
      const msPerCredential = 1000 / ours;
      const listMs = await statusListMilliseconds(issuing, quick ? 5 : 20);
      return [
        {
          name: 'credential',
          value: round(ours),
          unit: 'credentials/s',
          baseline: round(plain),
          // Far below 0.01, which two decimals would show as 0.
          ratio: Number((ours / plain).toPrecision(2)),
          target: `<= ${PDF_MS_PER_CERTIFICATE / 10} ms each (10 % of a PDF)`,
          met: msPerCredential <= PDF_MS_PER_CERTIFICATE / 10,
          notes: `${count} credentials signed one after another, ${round(msPerCredential)} ms each; baseline: node:crypto Ed25519 sign of the same bytes`,
        },
        {
          name: 'credential-status-list',
          value: round(listMs),
          unit: 'ms',
          baseline: round(1000 / ours),
          ratio: round(listMs / msPerCredential),
          target: '<= 1000 ms',
          met: listMs <= 1000,
          notes:
            'one signed BitstringStatusListCredential (131,072 entries, 1,000 revoked); baseline: one credential',
        },
      ];
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  },
};

function facts(i: number): CredentialFacts {
  return {
    tenantId: 'bench',
    certificateId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    issuedAt: new Date('2026-03-02T10:00:00.000Z'),
    validUntil: new Date('2027-03-02T10:00:00.000Z'),
    completedAt: new Date('2026-03-01T09:00:00.000Z'),
    issuer: { name: 'Bench Academy', url: 'https://bench.example' },
    training: { trainingId: 'fire-safety', title: 'Fire safety', type: 'course' },
    learner: { email: `learner-${i}@example.com` },
    status: { statusListCredential: 'http://localhost:3000/status/bench', statusListIndex: i },
  };
}

async function credentialsPerSecond(issuing: Issuing, count: number): Promise<number> {
  for (let i = 0; i < 10; i++) await issueCredential(issuing, facts(i));
  const { seconds } = await timed(async () => {
    for (let i = 0; i < count; i++) await issueCredential(issuing, facts(i));
  });
  return count / seconds;
}

function plainSignaturesPerSecond(count: number): number {
  const { privateKey } = generateKeyPairSync('ed25519');
  const bytes = Buffer.from(
    JSON.stringify(openBadgeCredential(issuerDid('http://localhost:3000', 'bench'), facts(0))),
  );
  for (let i = 0; i < 100; i++) sign(null, bytes, privateKey);
  const started = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sign(null, bytes, privateKey);
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function statusListMilliseconds(issuing: Issuing, count: number): Promise<number> {
  const revoked = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 131_072);
  const list = (i: number) =>
    issueStatusList(issuing, {
      tenantId: 'bench',
      url: 'http://localhost:3000/status/bench',
      revokedIndexes: revoked.slice(i),
      updatedAt: new Date(),
    });
  await list(0);
  const { seconds } = await timed(async () => {
    for (let i = 0; i < count; i++) await list(i);
  });
  return (seconds * 1000) / count;
}
