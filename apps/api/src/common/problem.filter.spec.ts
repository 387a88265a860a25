/**
 * An error after the first byte of a response (a streamed export whose proof fails
 * half-way) must abort the response and be logged; it used to leave the client waiting.
 */
import { Logger } from '@nestjs/common';
import express from 'express';
import { once } from 'node:events';
import { get, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamDeleted } from '@ledger/event-store';
import { sendProblem, toProblem } from './problem.filter';

class RecordingLogger extends Logger {
  readonly errors: unknown[] = [];
  override error(message: unknown): void {
    this.errors.push(message);
  }
}

async function serve(handler: express.RequestHandler): Promise<{ server: Server; url: string }> {
  const app = express();
  app.get('/x', handler);
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/x` };
}

/** What the client saw: the status and body, or the transport error that ended it. */
function fetchRaw(url: string): Promise<{ status?: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      req.destroy();
      resolve({ body: '', error: 'timed out: the response was left unfinished' });
    }, 5_000);
    const req = get(url, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => (clearTimeout(timer), resolve({ status: res.statusCode, body })));
      res.on('error', (e) => (clearTimeout(timer), resolve({ status: res.statusCode, body, error: e.message })));
    }).on('error', (e) => (clearTimeout(timer), resolve({ body: '', error: e.message })));
  });
}

describe('sendProblem', () => {
  it('aborts a response whose headers are already sent, and logs the error', async () => {
    const logger = new RecordingLogger();
    const { server, url } = await serve((req, res) => {
      res.status(200).type('application/x-ndjson');
      res.write('{"type":"header"}\n');
      setTimeout(() => sendProblem(req, res, new Error('the proof failed half-way'), logger), 20);
    });
    try {
      const seen = await fetchRaw(url);
      expect(seen.status).toBe(200);
      expect(seen.error).toMatch(/aborted|socket hang up|ECONNRESET/);
      expect(logger.errors).toHaveLength(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('answers problem+json while nothing has been sent, without the attachment header', async () => {
    const { server, url } = await serve((req, res) => {
      res.status(200).type('application/x-ndjson').setHeader('Content-Disposition', 'attachment; filename="x.jsonl"');
      sendProblem(req, res, new Error('boom'));
    });
    try {
      const seen = await fetchRaw(url);
      expect(seen.status).toBe(500);
      expect(JSON.parse(seen.body)).toMatchObject({ status: 500, title: 'Internal error' });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('a case whose stream an operator deleted in the event store', () => {
  it('is a 409 problem that says what happened, not a 500', () => {
    const p = toProblem(new StreamDeleted('precept-cycle:kent-2013', 'tombstoned'));
    expect(p.status).toBe(409);
    expect(p.type).toMatch(/stream-deleted$/);
    expect(p.detail).toMatch(/tombstoned/);
  });
});
