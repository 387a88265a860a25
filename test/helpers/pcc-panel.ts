/**
 * The app and the Kent police and crime panel that the PCC's and the panel's process suites
 * start from: called inside a suite's describe, it starts the app on the given store and sets
 * up the panel before the suite's tests, and closes the app after them. Each suite gets its own
 * app and panel, so the suites stand alone.
 */
import type { ApiRole } from '@ledger/governance';
import { bearer, request, startApp, TestApp } from './app';
import type { Backend } from './backends';

export interface Envelope {
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

export const PANEL_ID = 'kent-pcp';
export const COUNCILS = ['Kent County Council', 'Medway Council'];

export function expectRule(res: request.Response, code: string, citation: string) {
  expect(res.status).toBe(422);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body.code).toBe(code);
  expect(res.body.citation).toBe(citation);
  expect(typeof res.body.detail).toBe('string');
}

export function usePccPanel(store: Backend) {
  let t: TestApp;
  /** The Kent panel's roster as its stream records it: the panel is set up before any test. */
  let roster: Member[] = [];

  beforeAll(async () => {
    t = await startApp({ store });
    roster = await establishPanel(
      t.keys,
      'kent',
      PANEL_ID,
      ['Kent Police and Crime Panel', 'Kent and Medway Police and Crime Panel'],
      COUNCILS,
    );
  });
  afterAll(async () => t.close());

  const post = (path: string, role: ApiRole, body: object, ifMatch?: string) => {
    const r = request(t.http).post(path).set(bearer(t.keys[role])).set('Content-Type', 'application/json');
    return (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
  };
  /** Posts and expects success; returns the response. */
  async function ok(path: string, role: ApiRole, body: object, status = 200, ifMatch?: string) {
    const res = await post(path, role, body, ifMatch);
    if (res.status !== status)
      throw new Error(`${path} as ${role}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
  async function streamOf(stream: string): Promise<Envelope[]> {
    const res = await request(t.http).get(`/v1/streams/${stream}`).set(bearer(t.keys.auditor));
    expect(res.status).toBe(200);
    return res.body.events as Envelope[];
  }
  /** A panel of 10 councillors and 2 co-optees, as its secretariat records it; returns its roster. */
  async function establishPanel(
    keys: Record<ApiRole, string>,
    forceArea: string,
    caseId: string,
    names: [string, string],
    councils: string[],
  ): Promise<Member[]> {
    const send = async (path: string, body: object, status = 200, ifMatch?: string) => {
      const r = request(t.http)
        .post(path)
        .set(bearer(keys['panel-secretariat']))
        .set('Content-Type', 'application/json');
      const res = await (ifMatch ? r.set('If-Match', ifMatch) : r).send(body);
      if (res.status !== status)
        throw new Error(`${path}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    };
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
        memberId: `m${n}`,
        person: `Independent Member ${n - 10}`,
        independent: true,
        councillorOfArea: false,
        isCommissioner: false,
        disqualifyingRoles: [],
        homeOfficeNotifiedOn: '2012-10-20',
      });
    }
    const res = await request(t.http).get(`/v1/streams/${created.body.stream}`).set(bearer(keys.auditor));
    return (res.body.events as Envelope[])
      .filter((e) => e.type === 'MemberAppointed' || e.type === 'MemberCoopted')
      .map((e) => ({
        memberId: String(e.data.memberId),
        name: String(e.data.person),
        kind: e.type === 'MemberAppointed' ? 'councillor' : 'coopted',
      }));
  }
  const types = async (stream: string) => (await streamOf(stream)).map((e) => e.type);

  return {
    /** The running app; read it inside a test, once the suite's beforeAll has run. */
    get t() {
      return t;
    },
    get roster() {
      return roster;
    },
    post,
    ok,
    streamOf,
    types,
    establishPanel,
  };
}
