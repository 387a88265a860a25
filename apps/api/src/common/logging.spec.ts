import { createServer, type Server } from 'node:http';
import { Writable } from 'node:stream';
import pinoHttp from 'pino-http';
import request from 'supertest';
import { loggingOptions } from './logging';

function capture(): { lines: string[]; stream: Writable } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return { lines, stream };
}

async function oneRequest(level: string): Promise<string[]> {
  const { lines, stream } = capture();
  const http = pinoHttp(loggingOptions(level), stream);
  const server: Server = createServer((req, res) => {
    http(req, res);
    res.setHeader('Content-Security-Policy', "default-src 'self'; ".repeat(20));
    res.end('ok');
  });
  await request(server)
    .get('/v1/cases?limit=5')
    .set('Authorization', 'Bearer glk_secret')
    .set('User-Agent', 'x'.repeat(400));
  await new Promise((r) => setImmediate(r));
  return lines;
}

describe('Logging for operators', () => {
  it('writes one short line per request at info: method, path, status and time, no headers', async () => {
    const lines = await oneRequest('info');
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]);
    expect(entry.msg).toMatch(/^GET \/v1\/cases\?limit=5 200 \d+ ms$/);
    expect(lines[0].length).toBeLessThan(300);
    expect(lines[0]).not.toContain('headers');
    expect(lines[0]).not.toContain('glk_secret');
  });

  it('adds request and response headers at debug, with the key redacted', async () => {
    const [line] = await oneRequest('debug');
    const entry = JSON.parse(line);
    expect(entry.req.headers['user-agent']).toBe('x'.repeat(400));
    expect(entry.req.headers.authorization).toBe('[redacted]');
    expect(entry.res.headers).toBeDefined();
  });

  it("drops Nest's start-up lines (modules and routes) unless debugging", () => {
    for (const [level, kept] of [
      ['info', 0],
      ['debug', 1],
    ] as const) {
      const { lines, stream } = capture();
      const { logger } = pinoHttp(loggingOptions(level), stream);
      logger.info({ context: 'RoutesResolver' }, 'ReadController {/v1}:');
      logger.info({ context: 'RouterExplorer' }, 'Mapped {/v1/cases, GET} route');
      logger.info({ context: 'Sealer' }, 'sealed 10 events');
      expect(lines.filter((l) => l.includes('Mapped') || l.includes('ReadController'))).toHaveLength(kept * 2);
      expect(lines.filter((l) => l.includes('sealed 10 events'))).toHaveLength(1);
    }
  });
});
