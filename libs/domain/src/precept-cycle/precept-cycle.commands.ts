import type { Command } from '../core/decider';
import type { PublicationUrl } from '../publication';
import type { MemberAtTime } from '../police-and-crime-panel/police-and-crime-panel.events';
import type { VetoReason } from './precept-cycle.events';

export type NotifyProposedPrecept = Command<
  'NotifyProposedPrecept',
  { forceArea: string; financialYear: string; amount: number }
>;
/** What the panel's report on the proposed precept recommends (Sch 5 para 3). */
export interface PreceptRecommendations {
  recommendations: string[];
  recommendedAmount?: number | null;
}
export type ReportOnProposedPrecept = Command<'ReportOnProposedPrecept', PreceptRecommendations>;
/** The panel's report that states a veto (Sch 5 para 4): both events are recorded together. */
export interface PreceptVetoReport extends PreceptRecommendations {
  reason: VetoReason;
  votesFor: number;
  /** Optional: if sent, it must be exactly the panel's record on the date (the count comes from the record). */
  membersAtTime?: MemberAtTime[] | null;
  /** Optional: if sent, it must be the panel on record for the force area. */
  panelId?: string | null;
}
export type VetoProposedPrecept = Command<'VetoProposedPrecept', PreceptVetoReport>;
export type PublishPreceptResponse = Command<'PublishPreceptResponse', PublicationUrl & { stage: 'first' | 'second' }>;
export type NotifyRevisedPrecept = Command<'NotifyRevisedPrecept', { amount: number }>;
export type MakeSecondPreceptReport = Command<
  'MakeSecondPreceptReport',
  { accepts: boolean; recommendations: string[]; recommendedAmount?: number | null }
>;
export type IssuePrecept = Command<'IssuePrecept', { amount: number }>;

export type PreceptCycleCommand =
  | NotifyProposedPrecept
  | ReportOnProposedPrecept
  | VetoProposedPrecept
  | PublishPreceptResponse
  | NotifyRevisedPrecept
  | MakeSecondPreceptReport
  | IssuePrecept;
