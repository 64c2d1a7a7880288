import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { type Actor, scopeFor } from '../../auth/actor';
import { inScope } from '../../core/access-scope';
import { refuse } from '../../core/domain-error';
import { EVENT_LOG, type EventLog } from '../../event-store/event-store';
import { archiveFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { CurrentActor } from '../../http/access.decorators';
import { binaryFile } from '../../http/contract/answers';
import type { Answer } from '../../http/contract/contract-registry';
import { Endpoint } from '../../http/endpoint.decorator';
import { IdPipe, idSchema, ZodPipe } from '../../http/zod.pipe';
import { ARCHIVERS } from '../../write/certificate-archives/presentation/certificate-archives.controller';
import { ReadsFrom } from '../consistency/reads-from.decorator';
import { ReadModels } from '../read-models';
import { readableTraining } from '../trainings/readable-training';
import { archiveAwaitsErasure } from './archive-erasure-window';
import {
  CertificateArchiveListSchema,
  CertificateArchiveSchema,
} from './certificate-archive.answers';
import {
  archiveKey,
  CERTIFICATE_ARCHIVES,
  type CertificateArchiveDoc,
  certificateArchivesProjection,
} from './certificate-archives.projection';

const historyQuery = z.strictObject({ trainingId: idSchema.optional() });

function present(doc: CertificateArchiveDoc) {
  const { archiveId, trainingId, status, requestedAt, requestedBy, asOf } = doc;
  const { completedAt, count, size, sha256, expiresAt } = doc;
  return {
    ...{ archiveId, trainingId, status, requestedAt, requestedBy },
    ...(asOf !== null && { asOf }),
    ...(completedAt !== null && { completedAt }),
    ...(count !== null && { count }),
    ...(size !== null && { size }),
    ...(sha256 !== null && { sha256 }),
    ...(expiresAt !== null && { expiresAt }),
  };
}

/** The archive history and downloads, for admins and (their groups') group admins. */
@ApiTags('Certificate archives')
@Controller('api/v1/certificate-archives')
export class CertificateArchivesQueryController {
  constructor(
    @Inject(ReadModels) private readonly reads: ReadModels,
    @Inject(FILE_STORE) private readonly files: FileStore,
    @Inject(EVENT_LOG) private readonly log: EventLog,
  ) {}

  private async readable(actor: Actor, archiveId: string): Promise<CertificateArchiveDoc> {
    const doc = await this.reads.get<CertificateArchiveDoc>(
      certificateArchivesProjection.name,
      CERTIFICATE_ARCHIVES,
      archiveKey(actor.tenant, archiveId),
    );
    if (!doc) return refuse('not-found', `No certificate archive ${archiveId}`);
    if (!inScope(scopeFor(actor, ARCHIVERS), doc.groupId))
      refuse('forbidden', 'This archive is outside your groups');
    return doc;
  }

  @Get()
  @ReadsFrom(certificateArchivesProjection.name)
  @ApiQuery({ name: 'trainingId', required: false })
  @Endpoint({
    summary: 'The certificate archives, newest first',
    roles: ARCHIVERS,
    answers: { 200: CertificateArchiveListSchema },
    problems: { 404: ['not-found'] },
  })
  async history(
    @Query(new ZodPipe(historyQuery, 'query')) query: z.infer<typeof historyQuery>,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof CertificateArchiveListSchema>> {
    if (query.trainingId) await readableTraining(this.reads, actor, query.trainingId);
    const docs = await this.reads.find<CertificateArchiveDoc>(
      certificateArchivesProjection.name,
      CERTIFICATE_ARCHIVES,
      {
        where: { tenant: actor.tenant, ...(query.trainingId && { trainingId: query.trainingId }) },
        orderBy: 'requestedAt',
        direction: 'desc',
        limit: 1000,
      },
    );
    const scope = scopeFor(actor, ARCHIVERS);
    return docs.filter((doc) => inScope(scope, doc.groupId)).map(present);
  }

  @Get(':archiveId')
  @ReadsFrom(certificateArchivesProjection.name)
  @Endpoint({
    summary: 'One certificate archive',
    roles: ARCHIVERS,
    answers: { 200: CertificateArchiveSchema },
    problems: { 404: ['not-found'] },
  })
  async one(
    @Param('archiveId', IdPipe.of('archiveId')) archiveId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Answer<typeof CertificateArchiveSchema>> {
    return present(await this.readable(actor, archiveId));
  }

  @Get(':archiveId/file')
  @ReadsFrom(certificateArchivesProjection.name)
  @ApiProduces('application/zip')
  @Endpoint({
    summary:
      'Download a done archive as ZIP: manifest.json, the PDFs and the credentials (404 once expired or deleted)',
    roles: ARCHIVERS,
    answers: { 200: binaryFile('application/zip', 'The archive') },
    problems: { 404: ['not-found'], 409: ['not-ready'] },
  })
  async file(
    @Param('archiveId', IdPipe.of('archiveId')) archiveId: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    const doc = await this.readable(actor, archiveId);
    if (doc.status === 'expired' || doc.status === 'deleted')
      return refuse('not-found', `The archive was ${doc.status}`);
    if (doc.status !== 'done') return refuse('not-ready', `The archive is ${doc.status}`);
    if (await archiveAwaitsErasure(this.log, this.reads, doc)) {
      void reply.header('Retry-After', '5');
      return refuse('not-ready', 'The archive holds an erased learner and is being deleted');
    }
    const file = await this.files.open(archiveFileKey(archiveId));
    if (!file) return refuse('not-found', 'The archive file is missing');
    const day = (doc.asOf ?? doc.requestedAt).slice(0, 10);
    return reply
      .type('application/zip')
      .header(
        'Content-Disposition',
        `attachment; filename="certificates-${doc.trainingId}-${day}.zip"`,
      )
      .send(file);
  }
}
