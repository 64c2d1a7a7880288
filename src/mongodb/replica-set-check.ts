/** The parts of a `hello` reply that tell what kind of deployment answered. */
export interface HelloReply {
  readonly setName?: string;
  readonly msg?: string;
}

/**
 * Why a deployment cannot serve the service, or null when it can. Transactions (every read
 * model write, every checkpoint) need a replica set or a sharded cluster; a standalone mongod
 * accepts the connection and then fails every transaction, so it is refused at start-up.
 */
export function topologyProblem(hello: HelloReply): string | null {
  if (typeof hello.setName === 'string' && hello.setName !== '') return null;
  if (hello.msg === 'isdbgrid') return null;
  return 'a standalone mongod cannot run transactions; start it as a replica set (a one-node set will do, --replSet) or connect to a sharded cluster';
}
