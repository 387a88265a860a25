import { evolveOnCase } from '../core/evolve-on-case';
import { decideOnCase, Decider, requireNewCase, unopened } from '../core/decider';
import { financialYearBounds, IsoDate, isAfter, isFinancialYear } from '../core/calendar';
import { PROCESS_ORDER, checkRule, requireRule } from '../core/rules';
import { pick } from '../core/pick';
import type { AnnualReportCommand } from './annual-report.commands';
import { ANNUAL_REPORT_EVENT_TYPES, AnnualReportEvent } from './annual-report.events';
import {
  ANNUAL_REPORT_MEETING_NOT_PUBLIC,
  ANNUAL_REPORT_PCC_MUST_ATTEND,
  ANNUAL_REPORT_YEAR_INVALID,
} from './annual-report.rules';

/** DOMAIN.md §4.7: Produced → SentToPanel → PublicMeetingHeld → PanelReported → ResponsePublished → Published. */
export type AnnualReportState =
  | { status: 'none' }
  | {
      status: 'produced' | 'sent_to_panel' | 'meeting_held' | 'panel_reported' | 'response_published';
      forceArea: string;
      financialYear: string;
      producedOn: IsoDate;
      sentOn: IsoDate | null;
      meetingOn: IsoDate | null;
      publishedOn: IsoDate | null;
    };

type Open = Exclude<AnnualReportState, { status: 'none' }>;
const ORDER: Open['status'][] = ['produced', 'sent_to_panel', 'meeting_held', 'panel_reported', 'response_published'];

function requireStep(s: Open, previous: Open['status'], message: string): void {
  requireRule(
    PROCESS_ORDER,
    s.status === previous,
    ORDER.indexOf(s.status) > ORDER.indexOf(previous) ? 'This step has already been recorded.' : message,
  );
}

export const annualReport: Decider<AnnualReportState, AnnualReportCommand, AnnualReportEvent> = {
  aggregateType: 'AnnualReport',
  streamPrefix: 'annual-report',
  eventTypes: ANNUAL_REPORT_EVENT_TYPES,
  /*
   * Annual report (PRSRA 2011 s.12, s.28(4)): the PCC's, except the panel's meeting and report.
   */
  commands: {
    ProduceAnnualReport: {
      label: 'The commissioner produces the annual report',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.12(1)',
      creates: true,
    },
    SendAnnualReportToPanel: {
      label: 'The commissioner sends the annual report to the panel',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.12(2)',
    },
    HoldAnnualReportMeeting: {
      label: 'The panel holds a public meeting on the annual report',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28(4)',
    },
    MakeAnnualReportPanelReport: {
      label: 'The panel reports on the annual report',
      body: 'panel',
      legalBasis: 'PRSRA 2011 s.28(4)(c)',
    },
    PublishAnnualReportResponse: {
      label: "The commissioner publishes a response to the panel's report on the annual report",
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.12(3)-(5)',
    },
    PublishAnnualReport: {
      label: 'The commissioner publishes the annual report',
      body: 'pcc',
      legalBasis: 'PRSRA 2011 s.12(5)',
    },
  },

  initialState: unopened,

  evolve: evolveOnCase<AnnualReportState, AnnualReportEvent, 'AnnualReportProduced'>(
    {
      AnnualReportProduced: ({ data }) => ({
        status: 'produced',
        ...pick(data, 'forceArea', 'financialYear', 'producedOn'),
        sentOn: null,
        meetingOn: null,
        publishedOn: null,
      }),
    },
    {
      AnnualReportSentToPanel: ({ data }, s) => ({ ...s, status: 'sent_to_panel', sentOn: data.sentOn }),
      AnnualReportPublicMeetingHeld: ({ data }, s) => ({ ...s, status: 'meeting_held', meetingOn: data.heldOn }),
      AnnualReportPanelReportMade: (_, s) => ({ ...s, status: 'panel_reported' }),
      AnnualReportResponsePublished: (_, s) => ({ ...s, status: 'response_published' }),
      AnnualReportPublished: ({ data }, s) => ({ ...s, publishedOn: data.publishedOn }),
    },
  ),

  decide: decideOnCase<AnnualReportState, AnnualReportCommand, AnnualReportEvent, 'ProduceAnnualReport'>(
    'ProduceAnnualReport',
    (command, state, ctx) => {
      const on = ctx.effectiveOn;
      requireNewCase(state, 'This annual report has already been produced.');
      const { forceArea, financialYear } = command.data;
      requireRule(
        ANNUAL_REPORT_YEAR_INVALID,
        isFinancialYear(financialYear) && isAfter(on, financialYearBounds(financialYear).end),
        `${financialYear} is not a financial year that had ended by ${on}.`,
      );
      return [{ type: 'AnnualReportProduced', data: { forceArea, financialYear, producedOn: on } }];
    },
    'No annual report has been produced under this reference.',
    {
      SendAnnualReportToPanel: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireStep(s, 'produced', 'The report has not been produced.');
        return [{ type: 'AnnualReportSentToPanel', data: { sentOn: on } }];
      },
      HoldAnnualReportMeeting: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireStep(s, 'sent_to_panel', 'The report has not been sent to the panel.');
        requireRule(
          ANNUAL_REPORT_MEETING_NOT_PUBLIC,
          command.data.inPublic === true,
          'The annual report is considered at a public meeting; record a private session as a PanelMeeting instead.',
        );
        const findings = checkRule(
          ANNUAL_REPORT_PCC_MUST_ATTEND,
          command.data.pccAttended === true,
          "The PCC did not attend the public meeting at which the panel considered the annual report, in breach of the PCC's duty to attend, present it and answer questions (s.12(3)). The panel may require attendance (s.29).",
        );
        return [
          {
            type: 'AnnualReportPublicMeetingHeld',
            data: {
              meetingRef: command.data.meetingRef ?? null,
              pccAttended: command.data.pccAttended === true,
              heldOn: on,
            },
            findings,
          },
        ];
      },
      MakeAnnualReportPanelReport: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireStep(s, 'meeting_held', 'The panel reports after the public meeting.');
        return [
          { type: 'AnnualReportPanelReportMade', data: { recommendations: command.data.recommendations, madeOn: on } },
        ];
      },
      PublishAnnualReportResponse: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireStep(s, 'panel_reported', 'There is no panel report to respond to.');
        return [{ type: 'AnnualReportResponsePublished', data: { url: command.data.url ?? null, publishedOn: on } }];
      },
      PublishAnnualReport: (command, s, ctx) => {
        const on = ctx.effectiveOn;
        requireRule(PROCESS_ORDER, s.status !== 'produced', 'The report is sent to the panel before it is published.');
        requireRule(PROCESS_ORDER, s.publishedOn === null, 'The annual report has already been published.');
        return [{ type: 'AnnualReportPublished', data: { url: command.data.url ?? null, publishedOn: on } }];
      },
    },
  ),
};
