/**
 * SIGKILL of the API under HTTP load, then the clients retry what was in flight with the
 * same Idempotency-Key, body and If-Match. Every retry of an act the log holds must get the
 * original outcome (status, body, ETag) from the log, after the restart, and nothing is
 * recorded twice. Acknowledged acts are retried too, and must replay exactly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChildApp, createKeys, startChild } from './helpers/child-app';
import { eventually } from './helpers/eventually';

const CLIENTS = 8;
const KILL_ROUNDS = 2;

interface Sent {
  path: string;
  token: string;
  key: string;
  ifMatch?: string;
  body: object;
}
interface Outcome {
  status: number;
  etag: string | null;
  body: { caseId: string; stream: string; revision: string; events: Array<{ eventId: string; revision: string }> };
  replayed: boolean;
}

async function send(url: string, c: Sent): Promise<Outcome> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Authorization: `Bearer ${c.token}`,
    'Idempotency-Key': c.key,
  };
  if (c.ifMatch) headers['If-Match'] = c.ifMatch;
  const res = await fetch(url + c.path, {
    method: 'POST',
    headers,
    body: JSON.stringify(c.body),
    signal: AbortSignal.timeout(20_000),
  });
  return {
    status: res.status,
    etag: res.headers.get('etag'),
    body: (await res.json()) as Outcome['body'],
    replayed: res.headers.get('idempotent-replayed') === 'true',
  };
}

describe('SIGKILL under load: Idempotency-Key retries are answered from the log', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ledger-crash-'));
  const env = { STORE: 'sqlite', DATA_DIR: dataDir };
  let app: ChildApp | null = null;
  afterAll(async () => {
    app?.kill('SIGKILL');
    await app?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('gives every retry of a committed act its original outcome, and records nothing twice', async () => {
    const [pcc, csp, auditor] = await createKeys(env, [
      { role: 'pcc-office', forceArea: 'kent' },
      { role: 'csp-officer', forceArea: 'kent' },
      { role: 'auditor', forceArea: 'kent' },
    ]);
    const log = join(dataDir, 'api.log');
    // Each client walks its own cases through request → late submission → publication.
    const steps = (client: number, n: number, caseId: string | null): Sent[] => [
      {
        path: '/v1/force-areas/kent/report-requests',
        token: pcc,
        key: `c${client}-${n}-request`,
        body: {
          effectiveAt: '2013-05-01',
          areas: [{ name: 'Medway', policeAreas: ['kent'] }],
          matters: [{ description: `Matter ${client}/${n}`, devolvedWelshFunction: false }],
          notSatisfiedReason: 'Targets missed',
          proportionalityReason: 'A short report is the least burden',
          dueOn: '2013-06-30',
        },
      },
      {
        path: `/v1/report-requests/${caseId}/submission`,
        token: csp,
        key: `c${client}-${n}-submit`,
        ifMatch: 'W/"0"',
        body: { effectiveAt: '2013-07-15', submittedBy: 'Medway CSP', sentTo: ['kent'] },
      },
      {
        path: `/v1/report-requests/${caseId}/publication`,
        token: pcc,
        key: `c${client}-${n}-publish`,
        ifMatch: 'W/"1"',
        body: { effectiveAt: '2013-07-20' },
      },
    ];
    const state = Array.from({ length: CLIENTS }, () => ({ n: 0, step: 0, caseId: null as string | null }));
    const acknowledged: Array<{ sent: Sent; outcome: Outcome }> = [];
    let inFlight: Sent[] = [];
    const ack = (client: number, sent: Sent, outcome: Outcome) => {
      expect([sent.key, outcome.status]).toEqual([sent.key, sent.ifMatch ? 200 : 201]);
      acknowledged.push({ sent, outcome });
      const s = state[client];
      if (s.step === 0) s.caseId = outcome.body.caseId;
      s.step = (s.step + 1) % 3;
      if (s.step === 0) s.n += 1;
    };
    const retried = { inFlight: 0, committedBeforeKill: 0, acknowledged: 0 };

    for (let round = 0; round <= KILL_ROUNDS; round++) {
      app = await startChild(env, log);
      // What was in flight at the kill: retried as sent; committed or not, it must now succeed once.
      for (const sent of inFlight) {
        const client = Number(/^c(\d+)-/.exec(sent.key)![1]);
        const outcome = await send(app.url, sent);
        retried.inFlight += 1;
        if (outcome.replayed) retried.committedBeforeKill += 1;
        ack(client, sent, outcome);
      }
      inFlight = [];
      // Acknowledged acts, retried after the restart: exactly the original outcome.
      for (const { sent, outcome } of acknowledged.slice(-40)) {
        const again = await send(app.url, sent);
        expect({
          key: sent.key,
          status: again.status,
          etag: again.etag,
          body: again.body,
          replayed: again.replayed,
        }).toEqual({ key: sent.key, status: outcome.status, etag: outcome.etag, body: outcome.body, replayed: true });
        retried.acknowledged += 1;
      }
      if (round === KILL_ROUNDS) break;

      const url = app.url;
      let killed = false;
      const clients = state.map(async (s, client) => {
        while (!killed) {
          const sent = steps(client, s.n, s.caseId)[s.step];
          try {
            ack(client, sent, await send(url, sent));
          } catch (e) {
            if (!killed) throw e;
            inFlight.push(sent);
            return;
          }
        }
      });
      // Killed after a random number of acknowledged acts, while every client has a request in flight.
      const target = acknowledged.length + CLIENTS * (5 + Math.floor(Math.random() * 5));
      await eventually(() => acknowledged.length >= target, { timeoutMs: 60_000, what: `${target} acts acknowledged` });
      killed = true;
      app.kill('SIGKILL');
      await app.exited;
      await Promise.all(clients);
    }

    // The log holds each acknowledged act once, with the events its outcome names.
    const byStream = new Map<string, Outcome[]>();
    for (const { outcome } of acknowledged)
      byStream.set(outcome.body.stream, [...(byStream.get(outcome.body.stream) ?? []), outcome]);
    for (const [stream, outcomes] of byStream) {
      const res = await fetch(`${app!.url}/v1/streams/${stream}`, { headers: { Authorization: `Bearer ${auditor}` } });
      const events = ((await res.json()) as { events: Array<{ eventId: string; revision: string }> }).events;
      const expected = new Map(outcomes.flatMap((o) => o.body.events.map((e) => [e.eventId, e.revision] as const)));
      expect(events.map((e) => [e.eventId, e.revision])).toEqual(
        [...expected.entries()].sort((a, b) => Number(a[1]) - Number(b[1])),
      );
    }
    expect(retried.inFlight).toBeGreaterThan(0);
    expect(retried.acknowledged).toBeGreaterThan(0);
    process.stdout.write(
      `crash test: ${acknowledged.length} acts, ${retried.inFlight} retried after a kill (${retried.committedBeforeKill} had committed), ${retried.acknowledged} acknowledged acts replayed\n`,
    );
  });
});
