/**
 * Runs `task` on every item, at most `limit` at once. After a failure no new item starts; once
 * the ones under way have settled, the first failure is thrown (nothing is left running behind
 * the caller: a processor's restart, a reactor's retry).
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    while (!failed && next < items.length)
      await task(items[next++]!).catch((error: unknown) => {
        failed = true;
        throw error;
      });
  };
  const lanes = await Promise.allSettled(
    Array.from({ length: Math.min(limit, items.length) }, lane),
  );
  const failure = lanes.find((lane) => lane.status === 'rejected');
  if (failure) throw failure.reason;
}
