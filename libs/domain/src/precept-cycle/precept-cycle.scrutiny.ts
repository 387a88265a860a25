import { assertNever } from '../core/decider';
import { IsoDate, isAfter, isOnOrBefore } from '../core/calendar';
import { PreceptVariant, ScrutinyEnd } from './precept-cycle.events';
import { Open, isEffectiveVeto } from './precept-cycle.state';

/*
 * When scrutiny of the precept ends and which amount the PCC may then issue (Sch 5 para 1(2); SI 2012/2271 regs 4(2), 6(3), 8): the rules the issuing of the precept applies.
 */
/**
 * Whether scrutiny has ended on `on`, and how (Sch 5 para 1(2); regs 4(2), 6(3), 8).
 * Null while scrutiny is still running.
 */
export function scrutinyEndedBy(s: Open, on: IsoDate): ScrutinyEnd | null {
  const t = s.timetable;
  if (isEffectiveVeto(s)) {
    // A second report made after 22 February does not reopen scrutiny (reg 6(3)).
    if (s.secondReport && isOnOrBefore(s.secondReport.madeOn, t.secondReportBy))
      return s.secondResponseOn ? 'second_response' : null;
    if (s.revised && isAfter(on, t.secondReportBy)) return 'no_second_report_by_22_february';
    return null;
  }
  // reg 4(2) covers only a veto reported late.
  if (s.veto) return 'veto_reported_late';
  // A report without a veto, on time or late: scrutiny ends with the response (Sch 5 paras 1(2)(a), 5).
  if (s.report) return s.firstResponseOn ? 'first_response' : null;
  return isAfter(on, t.reportBy) ? 'no_report_by_8_february' : null;
}

/** The amount rule for issue, or an explanation of why `amount` is not allowed. */
export type AmountCheck = { ok: true; variant: PreceptVariant } | { ok: false; message: string };

const allow = (variant: PreceptVariant): AmountCheck => ({ ok: true, variant });

export const refuse = (message: string): AmountCheck => ({ ok: false, message });

export function variantFor(s: Open, ended: ScrutinyEnd, amount: number): AmountCheck {
  switch (ended) {
    case 'no_report_by_8_february':
      return amount === s.proposedAmount
        ? allow('proposed')
        : refuse(`The panel made no report, so the PCC may issue only the proposed precept (£${s.proposedAmount}).`);
    case 'veto_reported_late':
      return amount === s.proposedAmount
        ? allow('proposed')
        : refuse(
            `The veto was reported after 8 February, so the PCC may issue only the proposed precept (£${s.proposedAmount}) (reg 4(2)).`,
          );
    case 'first_response': {
      if (amount === s.proposedAmount) return allow('proposed');
      if (s.report?.recommendedAmount === amount) return allow('first_report_recommendation');
      const rec = s.report?.recommendedAmount;
      return refuse(
        `Without a veto the PCC may issue the proposed precept (£${s.proposedAmount})${rec != null ? ` or the panel's recommended £${rec}` : ''}, not £${amount}.`,
      );
    }
    case 'no_second_report_by_22_february': {
      // reg 8(1) applies "in a case other than one to which regulation 4(2) or 6(3) applies".
      const revised = s.revised!.amount;
      return amount === revised
        ? allow('revised')
        : refuse(
            `The panel made no second report by ${s.timetable.secondReportBy}, so the PCC may issue only the revised precept (£${revised}) (reg 6(3)), not £${amount}.`,
          );
    }
    case 'second_response': {
      const revised = s.revised!.amount;
      if (amount === revised) return allow('revised');
      if (s.secondReport?.recommendedAmount === amount) return allow('second_report_recommendation');
      const further = s.veto!.reason === 'too_high' ? amount < revised : amount > revised;
      if (further) return allow('further_in_veto_direction');
      return refuse(
        `The precept was vetoed as ${s.veto!.reason === 'too_high' ? 'too high' : 'too low'}: the PCC may issue the revised £${revised} or a ${s.veto!.reason === 'too_high' ? 'lower' : 'higher'} amount, unless the second report recommends otherwise (reg 8), not £${amount}.`,
      );
    }
    default:
      return assertNever(ended, 'scrutiny end');
  }
}

export function scrutinyStillRunning(s: Open): string {
  if (isEffectiveVeto(s)) {
    if (!s.revised)
      return 'The proposed precept was vetoed and must not be issued; the PCC must first notify a revised precept (reg 5).';
    if (s.secondReport)
      return 'Scrutiny ends when the PCC responds to the second report (reg 7); that response has not been recorded.';
    return `The panel has until ${s.timetable.secondReportBy} to report on the revised precept (reg 6).`;
  }
  if (s.report)
    return "Scrutiny ends when the PCC responds to the panel's report (Sch 5 paras 1(2)(a), 5), even a report made after 8 February; that response has not been recorded.";
  return `The panel has until ${s.timetable.reportBy} to report on the proposed precept (reg 4).`;
}
