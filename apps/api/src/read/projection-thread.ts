import { extname, join } from 'node:path';
import type { RunnerStatus } from '@ledger/projections';
import { ThreadHost, type ThreadLogger } from '../common/thread-calls';
import type { ProjectionRequest, ProjectionWorkerData } from './projection-worker';

/** What the API needs of whatever projects: the in-process ProjectionRunner or a ProjectionThread. */
export interface ProjectionHost {
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): Promise<RunnerStatus>;
}

/**
 * The projection runner on a worker thread (projection-worker.ts), with its own connections to
 * the store's file: with SQLite the runner's reads and commits are synchronous, so on the API's
 * thread they would stall every request while they run. The thread's runner is the same
 * ProjectionRunner with the same guarantees; it sees the API's appends by polling the log (WAL
 * lets its reads run beside the API's writes). When the thread has stopped unexpectedly,
 * status() reports the runner unhealthy.
 */
export class ProjectionThread extends ThreadHost<ProjectionRequest> implements ProjectionHost {
  constructor(data: ProjectionWorkerData, logger?: ThreadLogger) {
    super(join(__dirname, `projection-worker${extname(__filename)}`), data, 'projection', logger);
  }

  async status(): Promise<RunnerStatus> {
    const failure = this.thread?.failure ?? null;
    if (!this.thread || failure)
      return { role: 'stopped', head: null, healthy: failure === null, lastError: failure, projections: [] };
    return (await this.thread.call({ op: 'status' })) as RunnerStatus;
  }
}
