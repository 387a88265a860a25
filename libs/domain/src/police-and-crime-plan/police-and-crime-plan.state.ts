import { financialYearBounds, financialYearOf, IsoDate } from '../core/calendar';

/*
 * The plan's state: the current round of drafting and what the PCC must still do (PRSRA 2011 ss.5, 7).
 */
/** One pass of s.5(6): draft → consult → panel → report → response, for the plan or a variation. */
export interface Round {
  kind: 'plan' | 'variation';
  variationNo: number;
  draftedOn: IsoDate;
  ccConsultedOn: IsoDate | null;
  sentToPanelOn: IsoDate | null;
  panelReportOn: IsoDate | null;
  responseOn: IsoDate | null;
  changesConsultedOn: IsoDate | null;
}

/**
 * DOMAIN.md §4.6: Drafted → CCConsulted → SentToPanel → PanelReported → ResponsePublished →
 * Issued → Published → CopiesSent → (Variation…)*. The panel has no veto.
 */
export type PoliceAndCrimePlanState =
  | { status: 'none' }
  | {
      status: 'drafting' | 'issued' | 'varying';
      forceArea: string;
      title: string;
      firstPlanDueBy: IsoDate | null;
      round: Round | null;
      issuedOn: IsoDate | null;
      period: { from: IsoDate; to: IsoDate } | null;
      publishedOn: IsoDate | null;
      copiesSent: { recipient: string; recipientKind: 'chief_constable' | 'responsible_authority'; sentOn: IsoDate }[];
      variationsIssued: number;
    };

/** s.5(1): the first plan is due by the end of the financial year in which the ordinary election is held. */
export function firstPlanDueBy(pollDate: IsoDate): IsoDate {
  return financialYearBounds(financialYearOf(pollDate)).end;
}

export const newRound = (kind: Round['kind'], variationNo: number, draftedOn: IsoDate): Round => ({
  kind,
  variationNo,
  draftedOn,
  ccConsultedOn: null,
  sentToPanelOn: null,
  panelReportOn: null,
  responseOn: null,
  changesConsultedOn: null,
});
