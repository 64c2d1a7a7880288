import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import type { Answer } from '../http/contract/contract-registry';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CLOCK } from '../core/clock';
import { EVENT_LOG, type EventLog } from '../event-store/event-store';
import { Endpoint } from '../http/endpoint.decorator';
import { validationFailed } from '../http/problem';
import { ZodPipe } from '../http/zod.pipe';
import { CutoffRecorder } from '../write/cutoffs/application/cutoff-recorder';
import { TestClock } from './test-clock';
import { TestClockMovedSchema, TestClockSchema } from './test-clock.answers';

const moveBody = z.strictObject({ now: z.iso.datetime({ offset: true }) });

/** Without TEST_CLOCK=1 the routes do not exist: 404, like any unknown path. */
const MOUNTED_ONLY = 'Only with TEST_CLOCK=1, never in production; otherwise 404.';
const NOT_MOUNTED = { 404: ['not-found'] } as const;

/** Only mounted when the service runs with TEST_CLOCK=1. */
@ApiTags('Test clock')
@Controller('api/v1/test-clock')
export class TestClockController {
  constructor(
    @Inject(CLOCK) private readonly clock: TestClock,
    @Inject(CutoffRecorder) private readonly cutoffs: CutoffRecorder,
    @Inject(EVENT_LOG) private readonly store: EventLog,
  ) {}

  @Get()
  @Endpoint({
    summary: "The test clock's time",
    description: MOUNTED_ONLY,
    roles: ['operator'],
    answers: { 200: TestClockSchema },
    problems: NOT_MOUNTED,
  })
  now(): Answer<typeof TestClockSchema> {
    return { now: this.clock.now().toISOString() };
  }

  @Put()
  @Endpoint({
    summary: 'Move the test clock forward; answers once the cut-offs that fell due are logged',
    description: MOUNTED_ONLY,
    roles: ['operator'],
    body: moveBody,
    answers: { 200: TestClockMovedSchema },
    problems: NOT_MOUNTED,
  })
  async move(
    @Body(new ZodPipe(moveBody)) body: z.infer<typeof moveBody>,
  ): Promise<Answer<typeof TestClockMovedSchema>> {
    const target = new Date(body.now);
    if (target < this.clock.now()) throw validationFailed('The test clock only moves forward');
    this.clock.moveTo(target);
    await this.cutoffs.recordDue(this.clock.now());
    const head = await this.store.headPosition();
    return { now: this.clock.now().toISOString(), position: String(head ?? 0n) };
  }
}
