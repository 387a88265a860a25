/**
 * The writer thread of a SqliteEventStore (writer-thread.ts): its own connection to the
 * store's file and a BatchWriter, writing each group of appends it is sent in one
 * transaction and answering with the outcomes. A close message closes the connection.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { BatchWriter } from './batch-writer';
import { openConnection } from './connection';
import { decodeRequest, encodeOutcomes, toWireError, type WriteRequest, type WriteResponse } from './writer-wire';

export interface WriterWorkerData {
  /** The store's file. */
  file: string;
}

const db = openConnection((workerData as WriterWorkerData).file);
const writer = new BatchWriter(db);

function write(req: Extract<WriteRequest, { events: string }>): WriteResponse {
  try {
    return encodeOutcomes(writer.write(decodeRequest(req)));
  } catch (error) {
    return { ok: false, error: toWireError(error) };
  }
}

parentPort?.on('message', (req: WriteRequest) => {
  if ('close' in req) {
    db.close();
    parentPort?.close();
    return;
  }
  const res = write(req);
  parentPort?.postMessage(res, res.ok ? [res.bytes] : []);
});
