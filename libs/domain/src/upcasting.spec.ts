import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import './index';
import { foldStream } from './core/fold';
import { on } from './testing/spec';
import { kentElection2012 } from './testing/commissioner-office';
import { DECIDERS, deciderByAggregate, UPCASTERS } from './registry';
import type { MeetingSummonsIssued } from './csp-meeting-summons';
import { englishArea } from './testing/kent-cases';

/** A MeetingSummonsIssued exactly as schema v1 stored it: no repsPerAuthority. */
const v1Stored = {
  type: 'MeetingSummonsIssued',
  schemaVersion: 1,
  data: {
    forceArea: 'kent',
    areas: [englishArea('Medway')],
    authoritiesRequired: ['Medway Council'],
    strategies: ['Reducing re-offending strategy'],
    meetingDate: '2014-05-20',
    venue: null,
    consultedRAs: [{ authority: 'Medway Council', consultedOn: '2014-04-01', views: null }],
    proportionalityReason: 'One joint meeting',
    issuedOn: '2014-04-10',
  },
};

describe('Schema evolution: the registered upcasters', () => {
  it('brings a v1 MeetingSummonsIssued to the version the decider writes today, and it folds', () => {
    const entry = deciderByAggregate('CspMeetingSummons')!;
    const current = (entry.decider.eventTypes as Record<string, number>).MeetingSummonsIssued;
    expect(current).toBe(2);
    const up = UPCASTERS.upcast(v1Stored.type, v1Stored.schemaVersion, v1Stored.data);
    expect(up.schemaVersion).toBe(current);
    expect(up.data).toEqual({ ...v1Stored.data, repsPerAuthority: null });
    const state = foldStream(entry.decider, [
      on('2014-04-10', { type: 'MeetingSummonsIssued', data: up.data } as MeetingSummonsIssued),
    ]);
    expect(state).toMatchObject({
      status: 'issued',
      repsPerAuthority: null,
      meetingDate: '2014-05-20',
      authoritiesRequired: ['Medway Council'],
    });
  });

  it('leaves a current-version event untouched', () => {
    const v2 = { ...v1Stored.data, repsPerAuthority: 2 };
    expect(UPCASTERS.upcast('MeetingSummonsIssued', 2, v2)).toEqual({ schemaVersion: 2, data: v2 });
  });

  it('has an upcaster chain ending at the current version for every type whose version is above 1', () => {
    for (const { decider } of DECIDERS) {
      for (const [type, version] of Object.entries(decider.eventTypes as Record<string, number>)) {
        if (version > 1)
          expect({ type, reached: UPCASTERS.upcast(type, 1, {}).schemaVersion }).toEqual({ type, reached: version });
      }
    }
  });
});

describe('Upcaster citations', () => {
  it('cites the power to specify the number of representatives as reg 14A(2)(b), not 14A(4) (which defines "strategy")', () => {
    const source = readFileSync(join(__dirname, 'csp-meeting-summons', 'csp-meeting-summons.upcasters.ts'), 'utf8');
    expect(source).toContain('reg 14A(2)(b)');
    expect(source).not.toContain('14A(4)');
  });
});

describe('ElectionHeld v1 → v2 and ReportRequested v1 → v2', () => {
  it('reads a v1 ordinary election with no declaration day, and a v1 vacancy election as declared on its poll date (PRSRA 2011 s.51(8)(a))', () => {
    // Version 1 had no declaration day.
    const { declaredOn: _declaredOn, ...v1 } = kentElection2012.data;
    expect(UPCASTERS.upcast('ElectionHeld', 1, v1)).toEqual({ schemaVersion: 2, data: { ...v1, declaredOn: null } });
    expect(
      UPCASTERS.upcast('ElectionHeld', 1, { ...v1, kind: 'vacancy', pollDate: '2014-07-03' }).data.declaredOn,
    ).toBe('2014-07-03');
  });
  it('reads a v1 CSP report requirement as made by one PCC alone (CDA 1998 s.7(5)(b))', () => {
    expect(UPCASTERS.upcast('ReportRequested', 1, { forceArea: 'kent' })).toEqual({
      schemaVersion: 2,
      data: { forceArea: 'kent', jointWith: [] },
    });
  });
});
