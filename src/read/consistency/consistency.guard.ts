import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Problem, validationFailed } from '../../http/problem';
import { ProjectionsService } from '../../projections/projections.service';
import { READS_FROM } from './reads-from.decorator';

const WAIT_MS = 5_000;

/**
 * Read-your-writes: a query sent with `X-Consistent-With: <position>` waits until the read
 * models it uses have processed that position, at most 5 s, else answers 503 `stale`.
 *
 * A guard, after the auth guard, rather than an interceptor: it only acts before the handler,
 * and with no interceptor at all Nest answers a request without building an RxJS pipeline for
 * it (a tenth of a command's time). What a handler reads from is looked up once per handler.
 */
@Injectable()
export class ConsistencyGuard implements CanActivate {
  private readonly readsFrom = new WeakMap<object, readonly string[] | null>();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(ProjectionsService) private readonly projections: ProjectionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const projections = this.projectionsOf(context.getHandler());
    if (!projections) return true;
    const header = context.switchToHttp().getRequest<FastifyRequest>().headers['x-consistent-with'];
    if (header === undefined) return true;
    if (typeof header !== 'string' || !/^\d{1,20}$/.test(header))
      throw validationFailed('X-Consistent-With must be a log position (digits)');
    const reached = await this.projections.waitFor(projections, BigInt(header), {
      timeoutMs: WAIT_MS,
    });
    if (!reached)
      throw new Problem(503, 'stale', `The read models have not reached position ${header} yet`);
    return true;
  }

  private projectionsOf(handler: object): readonly string[] | null {
    let projections = this.readsFrom.get(handler);
    if (projections === undefined) {
      projections = this.reflector.get<string[] | undefined>(READS_FROM, handler as never) ?? null;
      this.readsFrom.set(handler, projections);
    }
    return projections;
  }
}
