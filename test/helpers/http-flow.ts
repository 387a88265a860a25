/**
 * One app per store for the process suites over HTTP, with the request steps they share. Called
 * inside a suite's describe: it starts the app before the suite's tests and closes it after them,
 * so each suite stands alone. With `{ panel: true }` it also records the Kent police and crime
 * panel before any test (the PCC's and the panel's processes need its roster); no test changes
 * that panel, so the tests do not depend on one another.
 */
import type { RuleFinding } from '@ledger/domain';
import type { ApiRole } from '@ledger/governance';
import { bearer, request, useApp } from './app';
import type { Backend } from './backends';
import { independentMember } from '../../libs/domain/src/demo/independent-member';

export interface Envelope {
  eventId: string;
  type: string;
  revision: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}
export interface Member {
  memberId: string;
  name: string;
  kind: 'councillor' | 'coopted';
}
/** The body of a successful command: the case, its stream and revision, and the events it appended. */
interface CommandResult {
  caseId: string;
  stream: string;
  revision: string;
  events: Array<{ eventId: string; type: string; revision: string; findings: RuleFinding[] }>;
}

export const PANEL_ID = 'kent-pcp';
export const COUNCILS = ['Kent County Council', 'Medway Council'];

export function expectRule(res: request.Response, code: string, citation: string) {
  expect(res.status).toBe(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
  expect(res.body.citation).toBe(citation);
  expect(typeof res.body.detail).toBe('string');
}

export function httpFlow(store: Backend, setup: { panel?: boolean } = {}) {
  /** Filled in by beforeAll: usable inside tests only. */
  const t = useApp({ store });
  /** A national admin key (force area "*"), to read any stream. */
  let national: string;
  /** Every response body seen, for the personal-data check. */
  const seen: string[] = [];
  /** The Kent panel's roster as its stream records it (with `panel`). */
  let roster: Member[] = [];

  beforeAll(async () => {
    national = await t.key('admin', '*');
    if (setup.panel) roster = await establishPanel(t.keys, 'kent', PANEL_ID, KENT_PANEL_NAMES, COUNCILS);
  });

  /** `who` is a role (a Kent key) or a token; a string `headers` is an If-Match value. */
  const post = async (
    path: string,
    who: ApiRole | string,
    body: object,
    headers: Record<string, string> | string = {},
  ) => {
    const token = t.keys[who as ApiRole] ?? who;
    const res = await request(t.http)
      .post(path)
      .set('Content-Type', 'application/json')
      .set(bearer(token))
      .set(typeof headers === 'string' ? { 'If-Match': headers } : headers)
      .send(body);
    seen.push(res.text, JSON.stringify(res.headers));
    return res;
  };
  /** Posts and expects `status`; returns the response. A string in place of the status is an If-Match, expecting 200. */
  const ok = async (
    path: string,
    who: ApiRole | string,
    body: object,
    status: number | string = 200,
    ifMatch?: string,
  ) => {
    if (typeof status === 'string') [status, ifMatch] = [200, status];
    const res = await post(path, who, body, ifMatch ?? {});
    if (res.status !== status) throw new Error(`${path}: expected ${status}, got ${res.status} ${res.text}`);
    return res as Omit<request.Response, 'body'> & { body: CommandResult };
  };
  /** Opens a case (201) and returns the command's result. */
  const open = async (path: string, who: ApiRole | string, body: object) => (await ok(path, who, body, 201)).body;
  /**
   * Posts with If-Match `W/"from"` and expects the stream's ETag after it to be `W/"to"` (one
   * event on by default; more where the act appends several). Returns the response.
   */
  const advance = async (path: string, who: ApiRole | string, body: object, from: number, to = from + 1) => {
    const res = await ok(path, who, body, `W/"${from}"`);
    expect(res.headers.etag).toBe(`W/"${to}"`);
    return res;
  };
  /** Posts and expects the rule refusal `code` (422); returns the response. */
  const refused = async (path: string, who: ApiRole | string, body: object, code: string) => {
    const res = await post(path, who, body);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe(code);
    return res;
  };
  async function streamOf(stream: string): Promise<Envelope[]> {
    const res = await request(t.http).get(`/v1/streams/${stream}`).set(bearer(national));
    seen.push(res.text);
    expect(res.status).toBe(200);
    return res.body.events;
  }
  const types = async (stream: string) => (await streamOf(stream)).map((e) => e.type);
  /** The case's events, once their types are checked to be `expected`, in order (for closer checks of each). */
  async function eventsOf(stream: string, expected: string[]): Promise<Envelope[]> {
    const events = await streamOf(stream);
    expect(events.map((e) => e.type)).toEqual(expected);
    return events;
  }

  /** A panel of 10 councillors and 2 co-optees, as its secretariat records it; returns its roster. */
  async function establishPanel(
    keys: Record<ApiRole, string>,
    forceArea: string,
    caseId: string,
    names: [string, string],
    councils: string[],
  ): Promise<Member[]> {
    const send = (path: string, body: object, status = 200, ifMatch?: string) =>
      ok(path, keys['panel-secretariat'], body, status, ifMatch);
    const created = await send(
      `/v1/force-areas/${forceArea}/police-and-crime-panels`,
      { caseId, effectiveAt: '2012-07-02', name: names[0], country: 'england', councils },
      201,
    );
    const base = `/v1/police-and-crime-panels/${caseId}`;
    await send(`${base}/arrangements-notification`, { effectiveAt: '2012-07-10' }, 200, 'W/"0"');
    await send(`${base}/aliases`, { effectiveAt: '2012-07-10', alias: names[1] });
    await send(`${base}/co-opted-number`, { effectiveAt: '2012-09-03', number: 2 });
    await send(`${base}/rules-of-procedure`, {
      effectiveAt: '2012-09-03',
      quorumRule: { minimumPresent: 3, text: 'The quorum of the Panel shall be 3 voting Members' },
      documentRef: 'KPCP Rules of Procedure',
    });
    for (let i = 1; i <= 10; i++) {
      await send(`${base}/members`, {
        effectiveAt: '2012-10-01',
        memberId: `m${i}`,
        person: `Councillor ${String.fromCharCode(64 + i)}`,
        council: councils[i % councils.length],
        politicalGroup: null,
        isCommissioner: false,
      });
    }
    for (const n of [11, 12]) {
      await send(`${base}/co-opted-members`, {
        effectiveAt: '2012-10-15',
        ...independentMember(`m${n}`, `Independent Member ${n - 10}`),
        homeOfficeNotifiedOn: '2012-10-20',
      });
    }
    return (await streamOf(created.body.stream))
      .filter((e) => e.type === 'MemberAppointed' || e.type === 'MemberCoopted')
      .map((e) => ({
        memberId: String(e.data.memberId),
        name: String(e.data.person),
        kind: e.type === 'MemberAppointed' ? 'councillor' : 'coopted',
      }));
  }

  return {
    t,
    seen,
    get roster() {
      return roster;
    },
    post,
    ok,
    open,
    advance,
    refused,
    streamOf,
    types,
    eventsOf,
    establishPanel,
  };
}

const KENT_PANEL_NAMES: [string, string] = ['Kent Police and Crime Panel', 'Kent and Medway Police and Crime Panel'];
