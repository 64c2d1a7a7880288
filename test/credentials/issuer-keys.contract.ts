import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { IssuerKeys } from '../../src/credentials/issuer-keys';

/** What every IssuerKeys adapter must do; `open` gives a fresh adapter over the same storage. */
export function issuerKeysContract(name: string, open: () => Promise<IssuerKeys>): void {
  describe(`IssuerKeys contract: ${name}`, () => {
    it('has no key for a tenant before the first use, and creates one on it', async () => {
      const keys = await open();
      expect(await keys.publicKeys('t-new')).toEqual([]);

      const key = await keys.current('t-new');

      expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
      expect(await keys.publicKeys('t-new')).toEqual([publicPart(key)]);
    });

    it('gives the same key to every caller and after reopening', async () => {
      const first = await open();
      const [a, b] = await Promise.all([first.current('t-same'), first.current('t-same')]);
      const reopened = await (await open()).current('t-same');

      expect(publicPart(b)).toEqual(publicPart(a));
      expect(publicPart(reopened)).toEqual(publicPart(a));
    });

    it('signs with Ed25519: the listed public key verifies the signature (Digital Bazaar verifier)', async () => {
      const keys = await open();
      const key = await keys.current('t-sign');
      const [listed] = await keys.publicKeys('t-sign');
      const data = Buffer.from('canonical document hash');

      const signature = await key.sign(data);

      const verifier = (
        await Ed25519Multikey.from({
          type: 'Multikey',
          publicKeyMultibase: listed!.publicKeyMultibase,
        })
      ).verifier();
      expect(await verifier.verify({ data, signature })).toBe(true);
      expect(await verifier.verify({ data: Buffer.from('other'), signature })).toBe(false);
    });

    it('keeps every rotated public key, oldest first, and signs with the newest', async () => {
      const keys = await open();
      const first = await keys.current('t-rot');

      const second = await keys.rotate('t-rot');
      const third = await keys.rotate('t-rot');
      const current = await (await open()).current('t-rot');

      expect(await keys.publicKeys('t-rot')).toEqual([publicPart(first), second, third]);
      expect(new Set([first.keyId, second.keyId, third.keyId]).size).toBe(3);
      expect(publicPart(current)).toEqual(third);
    });

    it('keeps tenants apart', async () => {
      const keys = await open();
      const a = await keys.current('t-a');
      await keys.rotate('t-b');

      expect((await keys.current('t-b')).publicKeyMultibase).not.toBe(a.publicKeyMultibase);
      expect(await keys.publicKeys('t-a')).toEqual([publicPart(a)]);
    });

    it('refuses what is not a tenant id', async () => {
      await expect((await open()).current('../escape')).rejects.toThrow('Not a tenant id');
    });
  });
}

function publicPart(key: { keyId: string; publicKeyMultibase: string; createdAt: string }) {
  return { keyId: key.keyId, publicKeyMultibase: key.publicKeyMultibase, createdAt: key.createdAt };
}
