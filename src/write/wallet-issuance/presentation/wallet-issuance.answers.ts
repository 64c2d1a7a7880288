import { z } from 'zod';
import { named } from '../../../http/contract/contract-registry';
import { PositionSchema } from '../../../http/contract/common.schemas';

export const CredentialOfferAnswerSchema = named(
  'CredentialOfferAnswer',
  z.object({
    credentialOffer: z.looseObject({
      credential_issuer: z.string(),
      credential_configuration_ids: z.array(z.string()),
      grants: z.looseObject({}),
    }),
    credentialOfferUri: z.string().meta({
      description: 'openid-credential-offer://?credential_offer=… (by value)',
    }),
    qrCode: z.string().meta({ description: 'A PNG data: URI of credentialOfferUri' }),
    expiresAt: z.string().meta({ description: 'The pre-authorized code is refused from then on' }),
    position: PositionSchema,
  }),
  {
    description:
      'An OpenID4VCI 1.0 credential offer (pre-authorized code grant, no transaction code), single use, valid 10 minutes',
    example: {
      credentialOffer: {
        credential_issuer: 'http://localhost:3000/tenants/acme',
        credential_configuration_ids: ['OpenBadgeCredential'],
        grants: {
          'urn:ietf:params:oauth:grant-type:pre-authorized_code': {
            'pre-authorized_code': '0f9a3c2e-7b1d-5e6a-9c8f-5d2b1a7e3c40.q6Jx…',
          },
        },
      },
      credentialOfferUri: 'openid-credential-offer://?credential_offer=%7B%22credential_issuer…',
      qrCode: 'data:image/png;base64,iVBORw0KGgo…',
      expiresAt: '2026-03-01T10:10:00.000Z',
      position: '140',
    },
  },
);

export const IssuerMetadataSchema = named(
  'CredentialIssuerMetadata',
  z.looseObject({
    credential_issuer: z.string(),
    credential_endpoint: z.string(),
    nonce_endpoint: z.string(),
    credential_configurations_supported: z.looseObject({}),
  }),
  { description: 'OpenID4VCI 1.0 §12.2 credential issuer metadata' },
);

export const AuthorizationServerMetadataSchema = named(
  'AuthorizationServerMetadata',
  z.looseObject({
    issuer: z.string(),
    token_endpoint: z.string(),
    grant_types_supported: z.array(z.string()),
  }),
  { description: 'RFC 8414 authorization server metadata' },
);

export const TokenAnswerSchema = named(
  'AccessTokenResponse',
  z.object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int(),
  }),
  { description: 'RFC 6749 §5.1: an opaque access token for the credential endpoint' },
);

export const NonceAnswerSchema = named('NonceResponse', z.object({ c_nonce: z.string() }), {
  description: 'OpenID4VCI 1.0 §7.2: a fresh c_nonce for the proof of possession',
});

export const CredentialResponseSchema = named(
  'CredentialResponse',
  z.object({ credentials: z.array(z.object({ credential: z.looseObject({}) })) }),
  {
    description:
      'OpenID4VCI 1.0 §8.3: one ldp_vc OpenBadgeCredential bound to the holder (credentialSubject.id), eddsa-rdfc-2022',
  },
);
