import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import type { Answer } from '../../http/contract/contract-registry';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CONFIG, type Config } from '../../config/config';
import { CLOCK, type Clock } from '../../core/clock';
import { refuse } from '../../core/domain-error';
import { achievementImageFileKey, credentialFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { Endpoint } from '../../http/endpoint.decorator';
import { idSchema, ZodPipe } from '../../http/zod.pipe';
import { z } from 'zod';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { findPublicCertificate } from './public-certificate';
import { publicCertificatesProjection } from './public-certificates.projection';
import { pageLanguage } from './verification-labels';
import { notFoundPage, VERIFICATION_PAGE_CSP, verificationPage } from './verification-page';
import { binaryFile, jsonAs, textOf } from '../../http/contract/answers';
import { badgeImage } from '../../credentials/badge-image';
import { bakeBadge } from '../../credentials/baked-badge';
import { achievementImageIdIn } from '../../credentials/achievement-image';
import { PublicCertificateSchema } from './public-certificate.answers';
import { OpenBadgeCredentialSchema } from '../status-lists/issuer-documents.answers';

const CORS = ['Access-Control-Allow-Origin', '*'] as const;

/** A UTC calendar day that exists, 'YYYY-MM-DD'. */
const utcDaySchema = z.iso.date();

const ON_QUERY = {
  name: 'on',
  required: false,
  description: 'YYYY-MM-DD: adds validOn, whether the certificate was valid all of that UTC day',
};

const validOnQuery = z.object({ on: utcDaySchema.optional() });

/** What anyone holding a certificate can check, without a token. */
@ApiTags('Public verification')
@Controller()
export class PublicCertificatesController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(CONFIG) private readonly config: Config,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  private find(certificateId: string, on?: string) {
    if (!idSchema.safeParse(certificateId).success) return Promise.resolve(null);
    return findPublicCertificate(
      this.reads,
      this.config.PUBLIC_URL,
      certificateId,
      this.clock.now(),
      on,
    );
  }

  @Get('api/v1/public/certificates/:certificateId')
  @ReadsFrom(publicCertificatesProjection.name)
  @ApiQuery(ON_QUERY)
  @Endpoint({
    public: true,
    summary: "A certificate's public facts and status",
    answers: { 200: PublicCertificateSchema },
    problems: { 400: ['validation-failed'], 404: ['not-found'] },
  })
  async facts(
    @Param('certificateId') certificateId: string,
    @Query(new ZodPipe(validOnQuery, 'query')) query: z.infer<typeof validOnQuery>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Answer<typeof PublicCertificateSchema>> {
    // Set before answering, so that a 404 is readable from another origin too.
    reply.header(...CORS);
    const found = await this.find(certificateId, query.on);
    return found ? found.answer : refuse('not-found', `No certificate ${certificateId}`);
  }

  @Get('api/v1/public/certificates/:certificateId/credential')
  @ApiProduces('application/vc+ld+json')
  @ReadsFrom(publicCertificatesProjection.name)
  @Endpoint({
    public: true,
    summary: "The certificate's signed Open Badges 3.0 credential, the same bytes every time",
    answers: {
      200: jsonAs('application/vc+ld+json', OpenBadgeCredentialSchema, 'The signed credential'),
    },
    problems: { 404: ['not-found'] },
  })
  async credential(@Param('certificateId') certificateId: string, @Res() reply: FastifyReply) {
    reply.header(...CORS);
    const file = await this.credentialFile(certificateId);
    if (!file) return refuse('not-found', `No credential for certificate ${certificateId}`);
    return (
      reply
        .type('application/vc+ld+json')
        // Not immutable: an erasure takes it away, and shared caches must not keep it for long.
        .header('Cache-Control', 'public, max-age=300')
        .send(file)
    );
  }

  @Get('api/v1/public/certificates/:certificateId/badge.png')
  @ApiProduces('image/png')
  @ReadsFrom(publicCertificatesProjection.name)
  @Endpoint({
    public: true,
    summary:
      "The baked Open Badges image: the achievement's picture as a PNG carrying the signed credential in its `openbadgecredential` iTXt chunk",
    answers: {
      200: binaryFile(
        'image/png',
        'The badge, with the credential (the same bytes as /credential) in one uncompressed iTXt chunk',
      ),
    },
    problems: { 404: ['not-found'] },
  })
  async badge(@Param('certificateId') certificateId: string, @Res() reply: FastifyReply) {
    reply.header(...CORS);
    const file = await this.credentialFile(certificateId);
    if (!file) return refuse('not-found', `No badge for certificate ${certificateId}`);
    const credential = Buffer.concat(await file.toArray());
    const picture = (await this.achievementPicture(credential)) ?? badgeImage();
    return (
      reply
        .type('image/png')
        // As the credential's: an erasure takes it away.
        .header('Cache-Control', 'public, max-age=300')
        .send(bakeBadge(picture, credential))
    );
  }

  /**
   * The picture of the achievement the credential names; null for a credential issued before
   * achievements had pictures, whose badge shows the generic seal.
   */
  private async achievementPicture(credential: Buffer): Promise<Buffer | null> {
    const imageId = achievementImageIdIn(credential);
    const file = imageId ? await this.files.open(achievementImageFileKey(imageId)) : null;
    return file ? Buffer.concat(await file.toArray()) : null;
  }

  /** The signed credential as issued; null when there is none, or its learner was erased. */
  private async credentialFile(certificateId: string) {
    const found = await this.find(certificateId);
    return found?.credentialFileId && !found.erased
      ? this.files.open(credentialFileKey(found.credentialFileId))
      : null;
  }

  @Get('verify/:certificateId')
  @ApiProduces('text/html')
  @ApiQuery(ON_QUERY)
  @ReadsFrom(publicCertificatesProjection.name)
  @Endpoint({
    public: true,
    summary: 'The public verification page, in the certificate’s language (?lang= overrides)',
    answers: {
      200: textOf('text/html', 'The verification page'),
      404: textOf('text/html', 'A page saying no such certificate exists'),
    },
  })
  async page(
    @Param('certificateId') certificateId: string,
    @Query('lang') lang: unknown,
    @Query('on') on: unknown,
    @Res() reply: FastifyReply,
  ) {
    // A page ignores a day it cannot read, as it ignores an unknown language.
    const day = utcDaySchema.safeParse(on);
    const found = await this.find(certificateId, day.success ? day.data : undefined);
    const language = pageLanguage(lang, found?.language ?? 'en');
    reply
      .header(...CORS)
      .header('Content-Security-Policy', VERIFICATION_PAGE_CSP)
      .header('Cache-Control', 'no-cache')
      .type('text/html; charset=utf-8');
    if (!found) return reply.code(404).send(notFoundPage(language));
    return reply.send(verificationPage(language, found.answer));
  }
}
