/** The parts of a `hello` reply that tell what kind of deployment answered. */
export interface HelloReply {
  readonly setName?: string;
  readonly msg?: string;
  readonly isWritablePrimary?: boolean;
}

/**
 * Why a deployment cannot serve the service, or null when it can. Transactions (every read
 * model write, every checkpoint) need a replica set or a sharded cluster; a standalone mongod
 * accepts the connection and then fails every transaction, so it is refused at start-up. So is
 * a member that is not the primary (reached with `directConnection=true`, which pins the client
 * to that one server): it takes no writes, and its reads may lag the primary's.
 */
export function topologyProblem(hello: HelloReply): string | null {
  if (hello.msg === 'isdbgrid') return null;
  if (typeof hello.setName !== 'string' || hello.setName === '')
    return 'a standalone mongod cannot run transactions; start it as a replica set (a one-node set will do, --replSet) or connect to a sharded cluster';
  if (hello.isWritablePrimary !== true)
    return `this member of replica set ${hello.setName} is not its primary; connect to the set (replicaSet=…, without directConnection) or to the primary`;
  return null;
}
