import type { PanelReportCommand } from '@ledger/domain';
import { routeTable } from '../route-table';
import * as requests from './panel-report.request';

/** The panel's reports and recommendations to the PCC, their publication and copies (PRSRA 2011 s.28(6)-(9), s.29(3)). */
export const panelReportRoutes = routeTable<PanelReportCommand>()('Panel reports (PRSRA 2011 s.28(6)-(9))', requests, {
  MakePanelReport: {
    path: 'force-areas/:area/panel-reports',
    summary:
      'The panel reports or makes recommendations on a decision or action of the PCC (s.28(6)), optionally requiring a written response (s.29(3))',
  },
  EnterAppointmentReport: {
    path: 'force-areas/:area/appointment-reports',
    summary:
      "The panel's report on a proposed appointment enters its register of reports, to be published (Sch 8 para 4(7), Sch 1 para 10(6), reg 10(4))",
  },
  PublishPanelReport: {
    path: 'panel-reports/:id/publication',
    summary: 'The panel publishes the report (s.28(7), (9), or the appointment provision)',
  },
  SendPanelReportToCouncils: {
    path: 'panel-reports/:id/council-copies',
    summary: 'The panel sends copies to the county and district councils of the police area (s.28(8))',
  },
  RecordPanelReportResponse: {
    path: 'panel-reports/:id/response',
    summary: "The PCC's written response to the report (s.29(3)-(4)); flagged late after the date the panel set",
  },
});
