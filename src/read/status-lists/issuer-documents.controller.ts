import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { TENANT_PATTERN } from '../../core/ids';
import { refuse } from '../../core/domain-error';
import { tenantDidDocument } from '../../credentials/did-document';
import { ISSUING, type Issuing } from '../../credentials/issuing';
import { Endpoint } from '../../http/endpoint.decorator';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { SignedStatusLists } from './signed-status-lists';
import { statusListsProjection } from './status-lists.projection';
import { jsonAs } from '../../http/contract/answers';
import { DidDocumentSchema, StatusListCredentialSchema } from './issuer-documents.answers';

const CORS = ['Access-Control-Allow-Origin', '*'] as const;

/** What a verifier fetches to check a credential: the issuer's keys and its revocation list. */
@ApiTags('Public verification')
@Controller('tenants/:tenantId')
export class IssuerDocumentsController {
  private readonly lists: SignedStatusLists;

  constructor(
    @Inject(ReadModels) reads: ReadModels,
    @Inject(ISSUING) private readonly issuing: Issuing,
  ) {
    this.lists = new SignedStatusLists(reads, issuing);
  }

  @Get('did.json')
  @Endpoint({
    public: true,
    summary: "The DID document of the tenant's did:web issuer identifier",
    answers: { 200: DidDocumentSchema },
    problems: { 404: ['not-found'] },
  })
  async did(@Param('tenantId') tenantId: string, @Res({ passthrough: true }) reply: FastifyReply) {
    // Set before answering, so that a 404 is readable from another origin too.
    reply.header(...CORS);
    // Public: never creates a key; a tenant that has not signed yet has no document.
    const document = TENANT_PATTERN.test(tenantId)
      ? await tenantDidDocument(this.issuing, tenantId)
      : null;
    return document ?? refuse('not-found', `No issuer ${tenantId}`);
  }

  @Get('status-lists/revocation')
  @ApiProduces('application/vc+ld+json')
  @ReadsFrom(statusListsProjection.name)
  @Endpoint({
    public: true,
    summary: "The tenant's signed BitstringStatusListCredential (revoked and deleted certificates)",
    answers: {
      200: jsonAs('application/vc+ld+json', StatusListCredentialSchema, 'The signed status list'),
    },
    problems: { 404: ['not-found'] },
  })
  async statusList(@Param('tenantId') tenantId: string, @Res() reply: FastifyReply) {
    reply.header(...CORS);
    const list = TENANT_PATTERN.test(tenantId) ? await this.lists.signed(tenantId) : null;
    if (!list) return refuse('not-found', `No status list for ${tenantId}`);
    return reply.type('application/vc+ld+json').header('Cache-Control', 'no-cache').send(list);
  }
}
