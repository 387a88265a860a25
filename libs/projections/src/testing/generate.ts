/**
 * Generates a large, realistic log through the real deciders (benchmarks, crash tests):
 * per force area, CSP report requirements (some late, a few corrected), decision
 * registers per financial year (decisions, most published), complaints (exempt), and CSP
 * partnerships that meet often (long streams). Deterministic for a given seed.
 */
import { addDays } from '@ledger/domain';
import { actorsFor, GeneratedLog, type GeneratedAppend } from './generated-log';

const FORCES = [
  'avon-and-somerset',
  'bedfordshire',
  'cambridgeshire',
  'cheshire',
  'cleveland',
  'cumbria',
  'derbyshire',
  'devon-and-cornwall',
  'dorset',
  'durham',
  'essex',
  'gloucestershire',
  'greater-manchester',
  'hampshire',
  'hertfordshire',
  'humberside',
  'kent',
  'lancashire',
  'leicestershire',
  'lincolnshire',
  'merseyside',
  'norfolk',
  'north-yorkshire',
  'northamptonshire',
  'northumbria',
  'nottinghamshire',
  'south-yorkshire',
  'staffordshire',
  'suffolk',
  'surrey',
  'sussex',
  'thames-valley',
  'warwickshire',
  'west-mercia',
  'west-midlands',
  'west-yorkshire',
  'wiltshire',
];

/** Yields appends (in log order) until about `total` events have been produced. */
export function* generateAppends(
  total: number,
  seed = 42,
  opts: { longStream?: { events: number } } = {},
): Generator<GeneratedAppend> {
  const log = new GeneratedLog(seed);
  let n = 0;
  const long = opts.longStream?.events ?? 0;
  if (long > 0) {
    const a = actorsFor('kent');
    const first = log.act(
      'CommunitySafetyPartnership',
      'kent-long',
      'kent',
      {
        type: 'RegisterPartnership',
        data: {
          forceArea: 'kent',
          name: 'Kent CSP',
          areas: ['Kent'],
          country: 'england',
          policeAreas: ['kent'],
          responsibleAuthorities: [],
          countyStrategyGroup: true,
        },
      },
      a.csp,
    );
    if (first) yield first;
    for (let i = 1; i < long; i++) {
      if (i % 20 === 0) log.day = addDays(log.day, 1);
      const x = log.act(
        'CommunitySafetyPartnership',
        'kent-long',
        'kent',
        { type: 'RecordCspMeeting', data: { title: `Meeting ${i}`, note: null } },
        a.csp,
      );
      if (x) yield x;
    }
    log.day = '2012-11-22';
  }

  // CSP report requirements awaiting a submission, oldest first (a queue: head index, no shift()).
  const awaiting: string[] = [];
  let head = 0;
  while (log.produced < total) {
    n++;
    // About 150 acts a day across England: a million events span about eleven years, as a real log would.
    if (n % 150 === 0) log.day = addDays(log.day, 1);
    const force = FORCES[Math.floor(log.rand() * FORCES.length)];
    const a = actorsFor(force);
    const r = log.rand();
    const fy = `${log.day.slice(0, 4)}`;
    const out: Array<GeneratedAppend | null> = [];
    if (r < 0.3) {
      // Decision register of the force for the year.
      const caseId = `${force}-${fy}`;
      if (!log.streams.has(`decision-register:${caseId}`))
        out.push(
          log.act(
            'DecisionRegister',
            caseId,
            force,
            { type: 'OpenDecisionRegister', data: { forceArea: force, office: `PCC for ${force}` } },
            a.pcc,
          ),
        );
      const ref = `D${n}`;
      const significant = log.rand() < 0.4;
      out.push(
        log.act(
          'DecisionRegister',
          caseId,
          force,
          {
            type: 'RecordDecision',
            data: {
              decisionRef: ref,
              title: `Decision ${n}`,
              decisionMaker: 'PCC',
              significantPublicInterest: significant,
              madeAtMeeting: log.rand() < 0.3,
              recordDocumentRef: significant ? `DR-${n}` : null,
            },
          },
          a.pcc,
        ),
      );
      if (significant && log.rand() < 0.8)
        out.push(
          log.act(
            'DecisionRegister',
            caseId,
            force,
            {
              type: 'PublishSpecifiedInformation',
              data: { orderPara: '5', description: `Record of ${ref}`, decisionRef: ref, url: null },
            },
            a.pcc,
          ),
        );
    } else if (r < 0.55) {
      const caseId = `${force}-${n}`;
      out.push(
        log.act(
          'CspReportRequirement',
          caseId,
          force,
          {
            type: 'RequestReport',
            data: {
              forceArea: force,
              areas: [{ name: `${force} district`, policeAreas: [force] }],
              matters: [{ description: 'ASB strategy', devolvedWelshFunction: false }],
              notSatisfiedReason: 'Targets missed',
              proportionalityReason: 'Short report',
              dueOn: addDays(log.day, 30),
            },
          },
          a.pcc,
          'open',
          true,
        ),
      );
      awaiting.push(caseId);
    } else if (r < 0.7) {
      const caseId = head < awaiting.length ? awaiting[head++] : undefined;
      if (caseId) {
        const s = log.streams.get(`csp-report-requirement:${caseId}`)!;
        // The case's own bodies act on it: another area's officers may not (force-area scope).
        const own = actorsFor(s.forceArea);
        const x = log.act(
          'CspReportRequirement',
          caseId,
          s.forceArea,
          { type: 'SubmitReport', data: { submittedBy: 'CSP', sentTo: [s.forceArea] } },
          own.csp,
          'open',
          true,
        );
        out.push(x);
        if (x && log.rand() < 0.05) {
          out.push(
            log.act(
              'CspReportRequirement',
              caseId,
              s.forceArea,
              {
                type: 'CorrectRecord',
                data: {
                  correctsEventId: x.events[0].eventId,
                  field: 'submittedBy',
                  oldValue: 'CSP',
                  newValue: 'Community Safety Partnership',
                  reason: 'Full name',
                },
              },
              own.panel,
              'open',
              true,
            ),
          );
        }
        if (log.rand() < 0.7)
          out.push(
            log.act(
              'CspReportRequirement',
              caseId,
              s.forceArea,
              { type: 'PublishReport', data: { url: null } },
              own.pcc,
              'open',
              true,
            ),
          );
      }
    } else if (r < 0.8) {
      const caseId = `${force}-c${n}`;
      out.push(
        log.act(
          'Complaint',
          caseId,
          force,
          {
            type: 'ReceiveComplaint',
            data: {
              forceArea: force,
              panel: `${force}-pcp`,
              against: 'PCC',
              complainant: { subjectId: `s-${n}`, commitments: {} },
              criminalAllegation: false,
              subjectMatter: 'Conduct',
            },
          },
          a.panel,
          'exempt:1,2',
        ),
      );
      if (log.rand() < 0.7)
        out.push(log.act('Complaint', caseId, force, { type: 'RecordComplaint', data: {} }, a.panel, 'exempt:1,2'));
      if (log.rand() < 0.3)
        out.push(log.act('Complaint', caseId, force, { type: 'WithdrawComplaint', data: {} }, a.panel, 'exempt:1,2'));
    } else {
      const caseId = `${force}-csp-${Math.floor(log.rand() * 8)}`;
      if (!log.streams.has(`community-safety-partnership:${caseId}`)) {
        out.push(
          log.act(
            'CommunitySafetyPartnership',
            caseId,
            force,
            {
              type: 'RegisterPartnership',
              data: {
                forceArea: force,
                name: `CSP ${caseId}`,
                areas: [caseId],
                country: 'england',
                policeAreas: [force],
                responsibleAuthorities: [],
                countyStrategyGroup: false,
              },
            },
            a.csp,
          ),
        );
      }
      out.push(
        log.act(
          'CommunitySafetyPartnership',
          caseId,
          force,
          { type: 'RecordCspMeeting', data: { title: `Meeting ${n}`, note: null } },
          a.csp,
        ),
      );
    }
    for (const x of out) if (x) yield x;
  }
}
