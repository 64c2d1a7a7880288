import { SetMetadata } from '@nestjs/common';

export const READS_FROM = 'read:projections';

/** The projections a query reads, which X-Consistent-With waits for. */
export const ReadsFrom = (...projections: string[]) => SetMetadata(READS_FROM, projections);
