import '../index';
import { deadlinesAsAt, foldStream } from '../core/fold';
import { DECIDERS, deciderByAggregate } from '../registry';
import { kentDemoScript, KENT_CASES, KENT_CORRECTION_RECORDED_AT } from './kent.script';
import { syntheticDemoScript, SYNTHETIC_CASES } from './synthetic.script';
import { LoadedEvent, runScriptInMemory } from './demo.run';
import type { ScriptStep } from './demo.script';

const typesOf = (log: LoadedEvent[]): string[] => log.map((e) => e.event.type);
const run = (steps: ScriptStep[]) => runScriptInMemory(steps, DECIDERS);
const findingsOf = (log: LoadedEvent[]) =>
  log.flatMap((e) => (e.event.findings ?? []).map((f) => `${e.stepId}: ${f.code}`));

describe('Demo scripts', () => {
  it('use only aggregates that are in the registry, with unique step ids', () => {
    const steps = [...kentDemoScript(), ...syntheticDemoScript()];
    expect([...new Set(steps.map((s) => s.aggregateType))].filter((a) => !deciderByAggregate(a))).toEqual([]);
    expect(new Set(steps.map((s) => s.stepId)).size).toBe(steps.length);
  });

  it('are pure: each call builds the same script', () => {
    expect(kentDemoScript()).toEqual(kentDemoScript());
    expect(syntheticDemoScript()).toEqual(syntheticDemoScript());
  });
});

describe('Kent demo script (DOMAIN.md §6, seed facts only)', () => {
  const steps = kentDemoScript();

  it('applies through the registered deciders without a violation or finding', () => {
    const { log } = run(steps);
    expect(findingsOf(log)).toEqual([]);
    expect(typesOf(log)).toEqual([
      'PartnershipRegistered',
      'CspMeetingHeld',
      'PaperTabled',
      'PaperTabled',
      'ElectionHeld',
      'RecordCorrected',
      'CommissionerTookOffice',
      'DraftPlanPrepared',
      'PanelEstablished',
      'PanelAliasAdded',
      'GrantAwarded',
      'MeetingConvened',
      'DocumentTabled',
    ]);
  });

  it('loads only seed facts, each with its source document and quote', () => {
    for (const s of steps) {
      expect({ step: s.stepId, provenance: s.provenance.provenance }).toEqual({ step: s.stepId, provenance: 'seed' });
      expect(s.provenance.sourceDocument?.ref).toMatch(/^S[0-4]$/);
      expect((s.provenance.sourceQuote ?? '').length).toBeGreaterThan(10);
      expect(s.actor.forceArea).toBe('kent');
    }
  });

  it('records S3’s election year as printed, then a later correction to 2012-11-15', () => {
    const election = steps.find((s) => s.stepId === 'kent-05-election-as-s3-states')!;
    // The act sits at its statutory date; S3's wrong year is what the data says until corrected.
    expect(election.effectiveOn).toBe('2012-11-15');
    expect((election.command.data as { pollDate: string }).pollDate).toBe('2013-11-15');
    expect(election.provenance.sourceQuote).toContain('Thursday 15th November 2013');
    const correction = steps.find((s) => s.command.type === 'CorrectRecord')!;
    expect(correction.recordedAt > election.recordedAt).toBe(true);
    expect(correction.recordedAt).toBe(KENT_CORRECTION_RECORDED_AT);

    const { log, streams } = run(steps);
    const held = log.find((e) => e.event.type === 'ElectionHeld')!;
    expect((held.event.data as { pollDate: string }).pollDate).toBe('2013-11-15');
    const fixed = log.find((e) => e.event.type === 'RecordCorrected')!;
    expect(fixed.event.data).toMatchObject({
      correctsEventId: held.eventId,
      field: 'pollDate',
      oldValue: '2013-11-15',
      newValue: '2012-11-15',
    });

    const office = deciderByAggregate('CommissionerOffice')!.decider;
    const stream = streams.get(`${office.streamPrefix}:${KENT_CASES.office}`)!;
    expect(foldStream(office, stream)).toMatchObject({
      pollDate: '2012-11-15',
      termStart: '2012-11-22',
      holder: 'Ann Barnes',
    });
    const took = log.find((e) => e.event.type === 'CommissionerTookOffice')!;
    expect(took.event.data).toMatchObject({ person: 'Ann Barnes', termStart: '2012-11-22' });
  });

  it('keeps purpose apart from access on the CSP papers (DOMAIN.md §1 item 8)', () => {
    const { log } = run(steps);
    const papers = log
      .filter((e) => e.event.type === 'PaperTabled')
      .map((e) => e.event.data as { documentRef: string; access: string; purpose: string });
    expect(papers.map((p) => [p.documentRef, p.access, p.purpose])).toEqual([
      ['S0', 'open', 'for_decision'],
      ['S3', 'open', 'for_information'],
    ]);
  });

  it('gives the Kent and Medway panel its 14 councils, so its relevant number is 14 (PRSRA 2011 Sch 6 para 4(1)-(2))', () => {
    const { log } = runScriptInMemory(kentDemoScript());
    const established = log.find((e) => e.event.type === 'PanelEstablished')!;
    expect(established.event.data).toMatchObject({ relevantNumber: 14 });
    expect((established.event.data as { councils: string[] }).councils).toHaveLength(14);
  });

  it('does not load intentions or unknown facts as acts', () => {
    const { log } = run(steps);
    expect(typesOf(log)).not.toContain('PoliceAndCrimePlanPublished');
    expect(log.filter((e) => e.effectiveOn === '2012-12-06')).toEqual([]);
    const grant = log.find((e) => e.event.type === 'GrantAwarded')!;
    expect(grant.event.data).toMatchObject({ amount: null, awardDateKnown: false, publicationDueOn: null });
  });
});

describe('Synthetic demo script (every process the seeds do not show)', () => {
  const steps = syntheticDemoScript();

  it('is labelled synthetic throughout', () => {
    for (const s of steps) {
      expect(s.provenance.provenance).toBe('synthetic');
      expect(s.provenance.sourceQuote).toMatch(/SYNTHETIC/);
      expect(s.stepId.startsWith('synthetic-')).toBe(true);
    }
  });

  it('applies through the registered deciders without a violation or finding', () => {
    const { log } = run(steps);
    expect(findingsOf(log)).toEqual([]);
    const types = typesOf(log);
    for (const t of [
      'ReportRequested',
      'MeetingSummonsIssued',
      'SummonedMeetingHeld',
      'SecretaryOfStateJoinedAgreement',
      'CombinationAgreementInForce',
      'PreceptVetoed',
      'RevisedPreceptNotified',
      'SecondPreceptReportMade',
      'PreceptIssued',
      'AppointmentVetoed',
      'ReserveCandidateNotified',
      'ConfirmationHearingHeld',
      'ChiefConstableAppointed',
      'SeniorConfirmationHearingHeld',
      'InterestDeclared',
      'ComplaintReferredToIPCC',
      'InformalResolutionOutcomeRecorded',
      'ChiefConstableAttendanceRequested',
      'GrantPublished',
      'SpecifiedInformationPublished',
    ]) {
      expect({ type: t, present: types.includes(t) }).toEqual({ type: t, present: true });
    }
  });

  it('leaves the report requirement overdue', () => {
    const { log, streams } = run(steps);
    expect(log.filter((e) => e.stream.endsWith(SYNTHETIC_CASES.reportRequirement)).map((e) => e.event.type)).toEqual([
      'ReportRequested',
    ]);
    const d = deciderByAggregate('CspReportRequirement')!.decider;
    const state = foldStream(d, streams.get(`${d.streamPrefix}:${SYNTHETIC_CASES.reportRequirement}`)!);
    expect(deadlinesAsAt(d, state, '2014-04-01').map((x) => x.status)).toEqual(['no_record']);
  });

  it('makes the Secretary of State a party to the cross-force merger', () => {
    const { log } = run(steps);
    const inForce = log.find((e) => e.event.type === 'CombinationAgreementInForce')!;
    expect((inForce.event.data as { parties: string[] }).parties).toEqual([
      'Northtown Council',
      'Southport-on-Estuary Council',
      'pcc:northshire',
      'pcc:southshire',
      'secretary-of-state',
    ]);
  });

  it('issues the revised precept after the veto, and appoints the reserve, never the vetoed candidate', () => {
    const { log } = run(steps);
    expect(log.find((e) => e.event.type === 'PreceptIssued')!.event.data).toMatchObject({
      amount: 177.5,
      variant: 'revised',
    });
    expect(log.find((e) => e.event.type === 'ChiefConstableAppointed')!.event.data).toMatchObject({
      candidate: 'Candidate Two (synthetic)',
    });
  });

  it('keeps complaints exempt and free of personal data in clear', () => {
    const complaintSteps = steps.filter((s) => s.aggregateType === 'Complaint');
    expect(complaintSteps.length).toBeGreaterThan(0);
    expect(complaintSteps.every((s) => s.classification === 'exempt:1,2')).toBe(true);
    const { log } = run(steps);
    const received = log.filter((e) => e.event.type === 'ComplaintReceived');
    for (const e of received) {
      const c = (e.event.data as { complainant: { subjectId: string; commitments: Record<string, string> } })
        .complainant;
      expect(Object.keys(c).sort()).toEqual(['commitments', 'subjectId']);
      expect(Object.values(c.commitments).every((v) => /^[0-9a-f]{64}$/.test(v))).toBe(true);
    }
    const referred = log.find((e) => e.event.type === 'ComplaintReferredToIPCC')!;
    expect(referred.event.data).toMatchObject({ referredOn: '2014-06-03', referralDueOn: '2014-06-03' });
  });
});
