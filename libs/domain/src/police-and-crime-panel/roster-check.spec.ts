import { on } from '../testing/spec';
import type { StoredDomainEvent } from '../core/decider';
import { foldStream } from '../core/fold';
import { policeAndCrimePanel } from './police-and-crime-panel.decider';
import { membersOnRecord, panelOnRecord } from './roster-check';
import type { MemberAtTime } from './police-and-crime-panel.events';
import { thrownBy } from '../testing/violation';

function panelWith(members: Array<{ id: string; from: string; to?: string }>) {
  // Build the panel through its own decider so the state is one the ledger could hold.
  const history: StoredDomainEvent[] = [];
  const ctx = (d: string) => ({
    now: `${d}T12:00:00Z`,
    effectiveOn: d,
    actor: { id: 'a', name: 'A', role: 'admin', body: 'kent-pcp', forceArea: 'kent' },
  });
  const decide = (cmd: { type: string; data: object }, d: string) => {
    const state = foldStream(policeAndCrimePanel, history);
    for (const e of policeAndCrimePanel.decide(cmd as never, state, ctx(d))) history.push(on(d, e));
  };
  decide(
    {
      type: 'EstablishPanel',
      data: {
        forceArea: 'kent',
        name: 'Kent and Medway Police and Crime Panel',
        country: 'england',
        councils: ['Kent County Council', 'Medway Council'],
      },
    },
    '2012-06-01',
  );
  for (const m of members) {
    decide(
      {
        type: 'AppointMember',
        data: {
          memberId: m.id,
          person: `Cllr ${m.id}`,
          council: 'Kent County Council',
          politicalGroup: null,
          isCommissioner: false,
        },
      },
      m.from,
    );
  }
  for (const m of members.filter((x) => x.to))
    decide({ type: 'RecordMemberLeft', data: { memberId: m.id, reason: 'resigned' } }, m.to!);
  return foldStream(policeAndCrimePanel, history);
}

const snap = (...ids: string[]): MemberAtTime[] =>
  ids.map((id) => ({ memberId: id, name: `Cllr ${id}`, kind: 'councillor' }));

const on_ = (panel: ReturnType<typeof panelWith>, date: string) =>
  panelOnRecord([{ caseId: 'kent-pcp', state: panel }], date);

describe('members at the time of a vote come from the panel record (PRSRA 2011 Sch 5 para 4(4); Sch 8 para 5(4))', () => {
  const members = [
    { id: 'm1', from: '2012-07-01' },
    { id: 'm2', from: '2012-07-01' },
    { id: 'm3', from: '2012-07-01', to: '2013-01-10' },
  ];
  it('given the panel record, when no roster is sent, then the members are the record on the date of the vote', () => {
    const panel = panelWith(members);
    expect(membersOnRecord(on_(panel, '2013-02-05'), 'kent', '2013-02-05').map((m) => m.memberId)).toEqual([
      'm1',
      'm2',
    ]);
    expect(membersOnRecord(on_(panel, '2013-01-05'), 'kent', '2013-01-05').map((m) => m.memberId)).toEqual([
      'm1',
      'm2',
      'm3',
    ]);
  });

  it('accepts a roster sent by the caller only if it is exactly the record', () => {
    const panel = panelWith(members);
    expect(membersOnRecord(on_(panel, '2013-02-05'), 'kent', '2013-02-05', snap('m2', 'm1'))).toHaveLength(2);
    for (const claimed of [snap('m1'), snap('m1', 'm2', 'm3'), snap('m1', 'm2', 'm2')]) {
      expect(thrownBy(() => membersOnRecord(on_(panel, '2013-02-05'), 'kent', '2013-02-05', claimed)).code).toBe(
        'PANEL_ROSTER_MISMATCH',
      );
    }
    expect(
      thrownBy(() => membersOnRecord(on_(panel, '2013-02-05'), 'kent', '2013-02-05', null, 'another-panel')).code,
    ).toBe('PANEL_ROSTER_MISMATCH');
  });

  it('given no panel on record for the force area, when a vote is counted, then it is refused with a message saying to record the panel first', () => {
    const err = thrownBy(() => membersOnRecord(null, 'kent', '2013-02-05', snap('m1')));
    expect(err.code).toBe('PANEL_NOT_ON_RECORD');
    expect(err.message).toMatch(/record the panel and its members first/);
    // A panel established after the vote is not the panel at the time.
    expect(on_(panelWith(members), '2012-05-01')).toBeNull();
  });
});
