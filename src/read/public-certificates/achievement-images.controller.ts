import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { refuse } from '../../core/domain-error';
import { achievementImageFileKey } from '../../file-store/file-keys';
import { FILE_STORE, type FileStore } from '../../file-store/file-store';
import { binaryFile } from '../../http/contract/answers';
import { Endpoint } from '../../http/endpoint.decorator';

const IMAGE_ID = /^[0-9a-f]{64}$/;

/** The pictures credentials name as their achievement's `image`: public, and never changed. */
@ApiTags('Public verification')
@Controller()
export class AchievementImagesController {
  constructor(@Inject(FILE_STORE) private readonly files: FileStore) {}

  @Get('api/v1/public/achievement-images/:imageId.png')
  @ApiProduces('image/png')
  @Endpoint({
    public: true,
    summary:
      "An achievement's picture (issuer logo, training title, issuer name): the `achievement.image` of the credentials issued for it",
    answers: {
      200: binaryFile('image/png', 'The picture, 512 × 512, transparent outside the seal'),
    },
    problems: { 404: ['not-found'] },
  })
  async picture(@Param('imageId') imageId: string, @Res() reply: FastifyReply) {
    reply.header('Access-Control-Allow-Origin', '*');
    const file = IMAGE_ID.test(imageId)
      ? await this.files.open(achievementImageFileKey(imageId))
      : null;
    if (!file) return refuse('not-found', `No achievement picture ${imageId.slice(0, 100)}`);
    return (
      reply
        .type('image/png')
        // Its id is a hash of what it shows: the same URL never shows anything else.
        .header('Cache-Control', 'public, max-age=31536000, immutable')
        .send(file)
    );
  }
}
