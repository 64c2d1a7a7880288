import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { Problems } from '../../http/contract/problems.decorator';

export const READS_FROM = 'read:projections';

/** The projections a query reads, which X-Consistent-With waits for (at most 5 s, else 503). */
export const ReadsFrom = (...projections: string[]) =>
  applyDecorators(
    SetMetadata(READS_FROM, projections),
    ApiHeader({
      name: 'X-Consistent-With',
      required: false,
      description: 'A log position (a command answer’s `position`) the answer must reflect',
    }),
    Problems({ 400: ['validation-failed'] }, projections.length > 0 ? { 503: ['stale'] } : {}),
  );
