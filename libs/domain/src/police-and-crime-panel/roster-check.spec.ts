import { on } from '../testing/spec';
import type { StoredDomainEvent } from '../core/decider';
import { foldStream } from '../core/fold';
import { StatutoryRuleViolation } from '../core/rules';
import { policeAndCrimePanel } from './police-and-crime-panel.decider';
import { checkRosterSnapshot } from './roster-check';
import type { MemberAtTime } from './police-and-crime-panel.events';

function panelWith(members: Array<{ id: string; from: string; to?: string }>) {
  // Build the panel through its own decider so the state is one the ledger could hold.
  const history: StoredDomainEvent[] = [];
  const ctx = (d: string) => ({ now: `${d}T12:00:00Z`, effectiveOn: d, actor: { id: 'a', name: 'A', role: 'admin', body: 'kent-pcp', forceArea: 'kent' } });
  const decide = (cmd: { type: string; data: object }, d: string) => {
    const state = foldStream(policeAndCrimePanel, history);
    for (const e of policeAndCrimePanel.decide(cmd as never, state, ctx(d))) history.push(on(d, e));
  };
  decide({ type: 'EstablishPanel', data: { forceArea: 'kent', name: 'Kent and Medway Police and Crime Panel', country: 'england', councils: ['Kent County Council', 'Medway Council'] } }, '2012-06-01');
  for (const m of members) {
    decide({ type: 'AppointMember', data: { memberId: m.id, person: `Cllr ${m.id}`, council: 'Kent County Council', politicalGroup: null, isCommissioner: false } }, m.from);
  }
  for (const m of members.filter((x) => x.to)) decide({ type: 'RecordMemberLeft', data: { memberId: m.id, reason: 'resigned' } }, m.to!);
  return foldStream(policeAndCrimePanel, history);
}

const snap = (...ids: string[]): MemberAtTime[] => ids.map((id) => ({ memberId: id, name: `Cllr ${id}`, kind: 'councillor' }));

describe('roster snapshot check (PRSRA 2011 Sch 5 para 4(4))', () => {
  it('accepts a snapshot equal to the panel record on the date of the vote', () => {
    const panel = panelWith([{ id: 'm1', from: '2012-07-01' }, { id: 'm2', from: '2012-07-01' }, { id: 'm3', from: '2012-07-01', to: '2013-01-10' }]);
    expect(checkRosterSnapshot(snap('m1', 'm2'), panel, '2013-02-05')).toEqual([]);
    expect(checkRosterSnapshot(snap('m1', 'm2', 'm3'), panel, '2013-01-05')).toEqual([]);
  });

  it('refuses a snapshot that leaves out a member, or counts a former member', () => {
    const panel = panelWith([{ id: 'm1', from: '2012-07-01' }, { id: 'm2', from: '2012-07-01' }, { id: 'm3', from: '2012-07-01', to: '2013-01-10' }]);
    for (const claimed of [snap('m1'), snap('m1', 'm2', 'm3')]) {
      let thrown: unknown;
      try {
        checkRosterSnapshot(claimed, panel, '2013-02-05');
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(StatutoryRuleViolation);
      expect((thrown as StatutoryRuleViolation).code).toBe('PANEL_ROSTER_MISMATCH');
    }
  });

  it('records, without refusing, that an unnamed panel was not checked', () => {
    const findings = checkRosterSnapshot(snap('m1'), null, '2013-02-05');
    expect(findings.map((f) => f.code)).toEqual(['PANEL_ROSTER_UNVERIFIED']);
    expect(findings[0].code).toBe('PANEL_ROSTER_UNVERIFIED');
    expect(findings[0].kind).toBe('warning');
  });
});
