import { bodyName, caseName, classificationLabel, plainCitation, ROLE_LABELS } from './core/labels';
import { kentDemoScript, runScriptInMemory, syntheticDemoScript } from './demo';
import { eventLabel, hasFieldLabel, plainFacts, processName, PROCESS_LABELS, summariseEvent } from './labels';
import { DECIDERS } from './registry';
import { ROLES } from '@ledger/event-store';

const RAW = /[a-z][A-Z]|_|\{|\}|\[|\]|\.md|§/;

describe('Written labels for people (plain language)', () => {
  it('every process of the registry has its labels, and every event type it writes has a label', () => {
    expect(PROCESS_LABELS.map((p) => p.aggregateType).sort()).toEqual(
      DECIDERS.map((d) => d.decider.aggregateType).sort(),
    );
    const missing = DECIDERS.flatMap((d) =>
      Object.keys(d.decider.eventTypes).filter(
        (t) => !PROCESS_LABELS.find((p) => p.aggregateType === d.decider.aggregateType)?.events[t],
      ),
    );
    expect(missing).toEqual([]);
    for (const d of DECIDERS) expect(processName(d.decider.aggregateType)).not.toMatch(RAW);
  });

  it('every field recorded in the demo (Kent seed and synthetic) has a written label, and no value reads as code', () => {
    const { log } = runScriptInMemory([...kentDemoScript(), ...syntheticDemoScript()]);
    const unlabelled = new Set<string>();
    for (const e of log) {
      for (const k of Object.keys(e.event.data))
        if (!hasFieldLabel(e.event.type, k)) unlabelled.add(`${e.event.type}.${k}`);
      for (const f of plainFacts(e.event.type, e.event.data as Record<string, unknown>)) {
        expect(`${f.label}: ${f.value}`).not.toMatch(/[{}[\]"]|[a-z]_[a-z]/);
      }
    }
    expect([...unlabelled]).toEqual([]);
  });

  it('every role has a written label', () => {
    expect(ROLES.filter((r) => !ROLE_LABELS[r])).toEqual([]);
  });

  it('a veto reads as votes of members against the two-thirds threshold (PRSRA 2011 Sch 5 para 4(4))', () => {
    const membersAtTime = Array.from({ length: 12 }, (_, i) => ({
      memberId: `m${i}`,
      name: `Member ${i}`,
      kind: 'councillor',
    }));
    expect(
      summariseEvent('PreceptVetoed', {
        reason: 'too_high',
        votesFor: 9,
        membersAtTime,
        requiredVotes: 8,
        effective: true,
        vetoedOn: '2014-02-06',
      }),
    ).toBe('Vetoed by 9 of 12 members (8 needed) as too high.');
    expect(
      summariseEvent('AppointmentVetoed', {
        candidate: 'A',
        votesFor: 8,
        membersAtTime,
        requiredVotes: 8,
        vetoedOn: '2014-03-12',
      }),
    ).toBe('Vetoed by 8 of 12 members (8 needed).');
    expect(eventLabel('PreceptVetoed')).toBe('Proposed precept vetoed by the panel');
  });

  it('shows a roster by count and names, money in pounds and dates in words', () => {
    const facts = plainFacts('ProposedPreceptNotified', {
      forceArea: 'kent',
      financialYear: '2014-15',
      amount: 176.4,
      notifiedOn: '2014-01-31',
    });
    expect(facts).toEqual([
      { label: 'Financial year', value: '2014-15' },
      { label: 'Amount', value: '£176.40' },
      { label: 'Notified on', value: '31 January 2014' },
    ]);
  });

  it('shows references to areas, bodies and cases in words', () => {
    expect(plainFacts('ComplaintReceived', { panel: 'synthetic-northshire-pcp' })).toEqual([
      { label: 'Police and Crime Panel', value: 'Synthetic Northshire Police and Crime Panel' },
    ]);
    expect(plainFacts('PartnershipRegistered', { policeAreas: ['avon-and-somerset', 'dyfed-powys'] })).toEqual([
      { label: 'Police areas', value: 'Avon and Somerset; Dyfed-Powys' },
    ]);
  });

  it('never shows personal data commitments', () => {
    const [f] = plainFacts('ComplainantUpdated', {
      complainant: { subjectId: 's1', commitments: { 'complainant.name': 'ab12' } },
    });
    expect(f.value).not.toContain('ab12');
    expect(f.value).toMatch(/Personal data/);
  });

  it('gives each Act or Order its full title the first time it is cited, then the short form', () => {
    const seen = new Set<string>();
    expect(plainCitation('PRSRA 2011 Sch 5 para 4', seen)).toBe(
      'Police Reform and Social Responsibility Act 2011 (PRSRA 2011) Schedule 5 paragraph 4',
    );
    expect(plainCitation('PRSRA 2011 Sch 5 para 2; SI 2012/2271 reg 3', seen)).toBe(
      'PRSRA 2011 Schedule 5 paragraph 2; Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012 (SI 2012/2271) regulation 3',
    );
  });

  it('drops internal document references from citations', () => {
    expect(plainCitation('Governance Ledger record-keeping (DOMAIN.md §5.1)')).toBe(
      "this ledger's record-keeping rules (not a statutory duty)",
    );
    expect(plainCitation('LGA 1972 Sch 12A; Governance Ledger record-keeping')).not.toMatch(RAW);
  });

  it('names classifications and bodies in words', () => {
    expect(classificationLabel('exempt:1,2')).toBe(
      'Exempt from publication (Local Government Act 1972, Schedule 12A, paragraphs 1, 2)',
    );
    expect(bodyName('kent-and-medway-pcp')).toBe('Kent and Medway Police and Crime Panel');
    expect(bodyName('kent-pcc')).toBe('Kent Police and Crime Commissioner');
    expect(caseName('synthetic-northshire-2014-15')).toBe('Synthetic Northshire 2014-15');
    expect(caseName('kent-pcp-2015-04-14')).toBe('Kent Panel 2015-04-14');
    expect(caseName('dyfed-powys-2014-15')).toBe('Dyfed-Powys 2014-15');
  });
});
