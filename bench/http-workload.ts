/**
 * The HTTP run's requests (P6): half open a new case (RequestReport, a new stream each), half
 * record an act on an existing case (RecordDecision on one of the registers opened and filled
 * before the timed run), so the server reads and folds an existing stream for every other
 * request. Registers are taken in turn, many more of them than connections, so two requests in
 * flight rarely touch the same register.
 */
import type { Request as AutocannonRequest } from 'autocannon';
import { reportRequest } from '../test/helpers/requests';

export const COMMAND_BODY = JSON.stringify(reportRequest);

export const registerId = (i: number): string => `bench-register-${i}`;

export const openRegisterBody = (i: number): string =>
  JSON.stringify({
    effectiveAt: '2012-11-22',
    caseId: registerId(i),
    office: 'Office of the Kent Police and Crime Commissioner',
  });

export const decisionBody = (n: number): string =>
  JSON.stringify({
    effectiveAt: '2013-03-01',
    decisionRef: `PCC/D/bench/${n}`,
    title: 'Commissioning of victim services 2013-14',
    decisionMaker: 'Police and Crime Commissioner',
    significantPublicInterest: false,
    madeAtMeeting: false,
  });

export interface MixPlan {
  registers: number;
  /** Decisions recorded on each register before the timed run, so acts fold a stream of that length. */
  decisionsPerRegister: number;
}

/** autocannon's request list: each connection alternates a new case and an act on an existing case. */
export function mixedRequests(plan: MixPlan, headers: Record<string, string>): AutocannonRequest[] {
  let n = plan.registers * plan.decisionsPerRegister;
  return [
    { method: 'POST', path: '/v1/force-areas/kent/report-requests', headers, body: COMMAND_BODY },
    {
      method: 'POST',
      headers,
      setupRequest: (req) => {
        const k = n++;
        return {
          ...req,
          path: `/v1/decision-registers/${registerId(k % plan.registers)}/decisions`,
          body: decisionBody(k),
        };
      },
    },
  ];
}

/** Opens the registers and fills them, `parallel` requests at a time (not timed). */
export async function prepareRegisters(
  url: string,
  plan: MixPlan,
  headers: Record<string, string>,
  parallel = 16,
): Promise<void> {
  const post = async (path: string, body: string) => {
    const r = await fetch(`${url}${path}`, { method: 'POST', headers, body });
    if (!r.ok) throw new Error(`setup ${path}: ${r.status} ${(await r.text()).slice(0, 300)}`);
  };
  const inTurn = async (jobs: (() => Promise<void>)[]) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: parallel }, async () => {
        while (next < jobs.length) await jobs[next++]();
      }),
    );
  };
  await inTurn(
    Array.from(
      { length: plan.registers },
      (_, i) => () => post('/v1/force-areas/kent/decision-registers', openRegisterBody(i)),
    ),
  );
  const fills: (() => Promise<void>)[] = [];
  for (let d = 0; d < plan.decisionsPerRegister; d++)
    for (let i = 0; i < plan.registers; i++)
      fills.push(() => post(`/v1/decision-registers/${registerId(i)}/decisions`, decisionBody(d * plan.registers + i)));
  await inTurn(fills);
}
