import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, type Observable, switchMap } from 'rxjs';
import { Problem, validationFailed } from '../../http/problem';
import { ProjectionsService } from '../../projections/projections.service';
import { READS_FROM } from './reads-from.decorator';

const WAIT_MS = 5_000;

/**
 * Read-your-writes: a query sent with `X-Consistent-With: <position>` waits until the read
 * models it uses have processed that position, at most 5 s, else answers 503 `stale`.
 */
@Injectable()
export class ConsistencyInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const projections = this.reflector.get<string[] | undefined>(READS_FROM, context.getHandler());
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers['x-consistent-with'];
    if (!projections || header === undefined) return next.handle();
    if (typeof header !== 'string' || !/^\d{1,20}$/.test(header))
      throw validationFailed('X-Consistent-With must be a log position (digits)');
    const position = BigInt(header);
    return from(this.projections.waitFor(projections, position, { timeoutMs: WAIT_MS })).pipe(
      switchMap((reached) => {
        if (!reached)
          throw new Problem(
            503,
            'stale',
            `The read models have not reached position ${header} yet`,
          );
        return next.handle();
      }),
    );
  }
}
