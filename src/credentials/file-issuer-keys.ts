import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncFolder, writeNewFileDurably } from '../core/durable-files';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { type Clock, systemClock } from '../core/clock';
import { TENANT_PATTERN } from '../core/ids';
import {
  IssuerKeyError,
  type IssuerKeys,
  type IssuerPublicKey,
  type IssuerSigningKey,
} from './issuer-keys';

interface KeyFile extends IssuerPublicKey {
  /** Present while the key is current; removed when a rotation retires it. */
  readonly secretKeyMultibase?: string;
}

const KEY_FILE = /^key-(\d{6})\.json$/;

/**
 * Issuer keys as files, one folder per tenant (mode 0700) holding `key-000001.json`,
 * `key-000002.json`, … (mode 0600), the highest number current. A key file appears whole or not
 * at all (written under a temporary name, then linked: linking fails if the name is taken, so two
 * processes never both create key 1). A rotation retires the older keys by rewriting them
 * without their private part, so a leaked old file cannot sign.
 */
export class FileIssuerKeys implements IssuerKeys {
  constructor(
    private readonly directory: string,
    private readonly clock: Clock = systemClock,
  ) {}

  async current(tenantId: string): Promise<IssuerSigningKey> {
    // Stryker disable next-line EqualityOperator: a look more finds the same files; the count only bounds a race
    for (let attempt = 0; attempt < 5; attempt++) {
      const keys = await this.read(tenantId);
      const latest = keys.at(-1) ?? (await this.create(tenantId, 1));
      if (latest.secretKeyMultibase) return signingKey(latest, latest.secretKeyMultibase);
    }
    // Only a rotation racing every attempt gets here; the caller's retry will find the new key.
    throw new IssuerKeyError(`The issuer key of tenant ${tenantId} changed while being read`);
  }

  async publicKeys(tenantId: string): Promise<readonly IssuerPublicKey[]> {
    return (await this.read(tenantId)).map(publicPart);
  }

  async rotate(tenantId: string): Promise<IssuerPublicKey> {
    const keys = await this.read(tenantId);
    const next = await this.create(tenantId, keys.length + 1);
    // Stryker disable next-line MethodExpression: rewriting a key already retired writes the same file
    for (const key of keys.filter((k) => k.secretKeyMultibase))
      await this.replace(tenantId, publicPart(key));
    return publicPart(next);
  }

  /** Creates nothing: the public DID document asks for any tenant id, and must not litter the disk. */
  private async read(tenantId: string): Promise<KeyFile[]> {
    const folder = join(this.directory, checkTenant(tenantId));
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // Stryker disable next-line MethodExpression: the file systems here list a folder in name order; the sort keeps that so on the others
    const keyFiles = names.filter((name) => KEY_FILE.test(name)).sort();
    return Promise.all(keyFiles.map((name) => readKeyFile(join(folder, name))));
  }

  /** Creates key number `n`, or reads it when another process created it first. */
  private async create(tenantId: string, n: number): Promise<KeyFile> {
    const generated = await Ed25519Multikey.generate();
    const key: KeyFile = {
      keyId: `key-${n}`,
      createdAt: this.clock.now().toISOString(),
      publicKeyMultibase: generated.publicKeyMultibase,
      secretKeyMultibase: generated.secretKeyMultibase!,
    };
    const folder = await this.folder(tenantId);
    const temporary = join(folder, `${randomUUID()}.tmp`);
    const target = join(folder, fileName(n));
    // On the disk before it is linked: credentials signed with a key must never outlive it (a
    // power cut leaving an empty file). Once per tenant and rotation, so the sync may block.
    writeNewFileDurably(temporary, JSON.stringify(key));
    try {
      await link(temporary, target);
      syncFolder(folder);
      return key;
    } catch (error) {
      // Stryker disable next-line ConditionalExpression: a link in our own folder fails otherwise only on a full or read-only disk, which a spec cannot make here; the missing key then fails to read
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      return readKeyFile(target);
    } finally {
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: the temporary file is always there to remove (linking leaves it)
      await rm(temporary, { force: true });
    }
  }

  private async replace(tenantId: string, key: KeyFile): Promise<void> {
    const folder = await this.folder(tenantId);
    const temporary = join(folder, `${randomUUID()}.tmp`);
    writeNewFileDurably(temporary, JSON.stringify(key));
    await rename(temporary, join(folder, fileName(Number(key.keyId.slice('key-'.length)))));
    syncFolder(folder);
  }

  private async folder(tenantId: string): Promise<string> {
    const folder = join(this.directory, checkTenant(tenantId));
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    await chmod(this.directory, 0o700);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    return folder;
  }
}

function checkTenant(tenantId: string): string {
  if (!TENANT_PATTERN.test(tenantId)) throw new IssuerKeyError('Not a tenant id');
  return tenantId;
}

function fileName(n: number): string {
  return `key-${String(n).padStart(6, '0')}.json`;
}

function publicPart({ keyId, publicKeyMultibase, createdAt }: KeyFile): IssuerPublicKey {
  return { keyId, publicKeyMultibase, createdAt };
}

/** Parse errors can quote the file, so they are replaced, never passed on: a key is never in an error. */
async function readKeyFile(path: string): Promise<KeyFile> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as KeyFile;
  } catch {
    throw new IssuerKeyError(`Issuer key file ${path} is unreadable`);
  }
}

/**
 * Signers by the key material they were made from. The file is still read for every signature
 * (a rotation by another instance is seen at once); only turning its text into a private key
 * object is done once per key, not for every credential.
 */
const signers = new Map<string, DigitalBazaar.Signer>();
const SIGNERS_KEPT = 1000;

async function signingKey(key: KeyFile, secretKeyMultibase: string): Promise<IssuerSigningKey> {
  const material = `${key.publicKeyMultibase} ${secretKeyMultibase}`;
  let signer = signers.get(material);
  if (!signer) {
    try {
      const pair = await Ed25519Multikey.from({
        // Stryker disable next-line StringLiteral: from() reads only the key material
        type: 'Multikey',
        publicKeyMultibase: key.publicKeyMultibase,
        secretKeyMultibase,
      });
      signer = pair.signer();
    } catch {
      throw new IssuerKeyError(`Issuer key ${key.keyId} is not a valid Ed25519 key pair`);
    }
    // Stryker disable next-line EqualityOperator,ConditionalExpression,BlockStatement: only bounds the memory a thousand tenants' keys take
    if (signers.size >= SIGNERS_KEPT) signers.clear();
    signers.set(material, signer);
  }
  const made = signer;
  return { ...publicPart(key), sign: (data) => made.sign({ data }) };
}
