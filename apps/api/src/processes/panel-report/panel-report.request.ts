import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { APPOINTMENT_REPORT_KINDS } from '@ledger/domain';
import type { AppointmentReportKind } from '@ledger/domain';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, OptionalText, Day, OptionalDay, TextList, NonEmptyTextList, Pattern } from '../request-fields';

export class MakePanelReportRequest extends OpenCaseRequest {
  @Text(500, {
    example: 'Decision D14/2014: closure of front counters',
    description: 'The decision or action of the PCC reviewed (s.28(6)(a))',
  })
  subject!: string;

  @OptionalText(200, {
    example: 'D14/2014',
    nullable: true,
    description: "Reference of the PCC's decision in the decision register, if any",
  })
  decisionRef?: string | null;

  @TextList(100, 5000, {
    example: ['Publish the equality impact assessment'],
    description: 'The report or recommendations (s.28(6)(b))',
  })
  recommendations!: string[];

  @OptionalDay({
    format: 'date',
    example: '2014-04-01',
    nullable: true,
    description:
      'The panel requires a written response from the PCC by this date (s.29(3)); omitted when none is required',
  })
  responseRequiredBy?: string | null;
}

export class EnterAppointmentReportRequest extends OpenCaseRequest {
  @ApiProperty({
    example: 'chief_constable_appointment',
    enum: APPOINTMENT_REPORT_KINDS,
    description:
      'Sch 8 para 4 (chief constable), Sch 1 para 10 (chief executive, CFO, deputy PCC) or SI 2012/2271 reg 10 (reserve candidate)',
  })
  @IsIn(APPOINTMENT_REPORT_KINDS as unknown as AppointmentReportKind[])
  kind!: AppointmentReportKind;

  @Pattern(/^[a-z0-9][a-z0-9-]{0,99}$/, {
    example: 'kent-cc-2014',
    description: 'Case id of the appointment the report was made in',
  })
  appointmentCaseId!: string;

  @Text(200, { example: 'A. Candidate', description: 'The candidate reported on' })
  candidate!: string;

  @Day({ format: 'date', example: '2014-02-07', description: 'The day the panel made the report to the PCC' })
  reportMadeOn!: string;
}

export class PublishPanelReportRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://www.kent.gov.uk/pcp/reports/d14',
    nullable: true,
    description: 'Where the report is published',
  })
  url?: string | null;

  @OptionalText(2000, {
    example: "On the host authority's website and in the panel's agenda papers",
    nullable: true,
    description: 'The manner of publication, which the panel determines (s.28(9))',
  })
  manner?: string | null;
}

export class SendPanelReportToCouncilsRequest extends CommandRequest {
  @NonEmptyTextList(50, 200, {
    example: ['Kent County Council', 'Medway Council'],
    description: 'County and district councils sent a copy (s.28(8), (11))',
  })
  councils!: string[];
}

export class RecordPanelReportResponseRequest extends CommandRequest {
  @Text(5000, {
    example: 'The assessment will be published by 30 April',
    description: "The PCC's written response (s.29(3)-(4))",
  })
  summary!: string;

  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/responses/d14',
    nullable: true,
    description: 'Where the response is published',
  })
  url?: string | null;
}
