/** The witness's view of the ledger's HTTP API (apps/api/src/ledger/ledger.controller.ts). */
import { LogRefusedProof, type LogClient } from './witness';

async function problem(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const p = JSON.parse(text) as { detail?: string; title?: string };
    return p.detail ?? p.title ?? `HTTP ${res.status}`;
  } catch {
    return text.trim().slice(0, 300) || `HTTP ${res.status}`;
  }
}

export class HttpLogClient implements LogClient {
  private readonly base: string;

  constructor(
    baseUrl: string,
    private readonly timeoutMs = 30_000,
  ) {
    this.base = baseUrl.replace(/\/+$/, '');
  }

  private call(path: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.base}${path}`, { ...init, signal: AbortSignal.timeout(this.timeoutMs) });
  }

  async latestCheckpoint(): Promise<string> {
    const res = await this.call('/v1/ledger/checkpoints/latest', { headers: { Accept: 'text/plain' } });
    if (!res.ok) throw new Error(`the ledger did not give its latest checkpoint: ${await problem(res)}`);
    return res.text();
  }

  async consistencyProof(from: number, to: number): Promise<Buffer[]> {
    const res = await this.call(`/v1/ledger/consistency?from=${from}&to=${to}`, {
      headers: { Accept: 'application/json' },
    });
    if (res.status === 404 || res.status === 400) throw new LogRefusedProof(await problem(res));
    if (!res.ok) throw new Error(`the ledger did not give a consistency proof: ${await problem(res)}`);
    const body = (await res.json()) as { fromSize?: number; toSize?: number; proof?: unknown };
    if (
      body.fromSize !== from ||
      body.toSize !== to ||
      !Array.isArray(body.proof) ||
      !body.proof.every((p) => typeof p === 'string')
    ) {
      throw new LogRefusedProof(`the consistency proof from ${from} to ${to} is malformed`);
    }
    return (body.proof as string[]).map((p) => Buffer.from(p, 'base64'));
  }

  async submit(cosignedNote: string): Promise<void> {
    const res = await this.call('/v1/ledger/cosignatures', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ checkpoint: cosignedNote }),
    });
    if (!res.ok) throw new Error(`the ledger did not accept the cosignature: ${await problem(res)}`);
  }
}
