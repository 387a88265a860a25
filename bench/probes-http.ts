/**
 * Bare Node http + JSON on this machine: a server in its own process that parses each JSON body
 * and answers 201 with a small JSON body, loaded by autocannon exactly as the product's HTTP run
 * is (64 connections, from the bench process, on the same cores). It bounds P6.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { COMMAND_BODY } from './http-workload';

const SERVER = `
const http = require('node:http');
let n = 0;
http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const out = JSON.stringify({ caseId: 'case-' + (++n), revision: 0, fields: Object.keys(body).length });
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(out) });
    res.end(out);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.stdout.write('ready\\n'));
`;

export async function bareHttpProbe(seconds: number, connections = 64): Promise<{ perSecond: number; p99: number }> {
  const port = 3990 + Math.floor(Math.random() * 9);
  const server = spawn(process.execPath, ['-e', SERVER], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((ready, fail) => {
      server.stdout.once('data', () => ready());
      server.once('exit', (code) => fail(new Error(`bare server exited ${code}`)));
    });
    const r = await autocannon({
      url: `http://127.0.0.1:${port}/v1/force-areas/kent/report-requests`,
      method: 'POST',
      connections,
      duration: seconds,
      headers: { 'content-type': 'application/json' },
      body: COMMAND_BODY,
    });
    return { perSecond: Math.round(r['2xx'] / seconds), p99: r.latency.p99 };
  } finally {
    server.kill('SIGTERM');
  }
}
