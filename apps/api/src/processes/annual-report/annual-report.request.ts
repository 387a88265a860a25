import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { OptionalText, Flag, TextList } from '../request-fields';

export class ProduceAnnualReportRequest extends OpenCaseRequest {
  @ApiProperty({
    example: '2013-14',
    description: 'Financial year reported on (YYYY-YY); it must have ended (s.12(1))',
  })
  @IsString()
  @Matches(/^\d{4}-\d{2}$/)
  financialYear!: string;
}

/** s.12(2). No data of its own. */
export class SendAnnualReportToPanelRequest extends CommandRequest {}

export class HoldAnnualReportMeetingRequest extends CommandRequest {
  @OptionalText(200, {
    example: 'kent-pcp-2014-06-24',
    nullable: true,
    description: 'Case id of the PanelMeeting at which the report was considered',
  })
  meetingRef?: string | null;

  @Flag({ example: true, description: 'The meeting is held in public (s.28(4)(a))' })
  inPublic!: boolean;

  @Flag({
    example: true,
    description:
      'The PCC attended to present the report and answer questions (the PCC’s duty, s.12(3)); false records the meeting with a finding',
  })
  pccAttended!: boolean;
}

export class MakeAnnualReportPanelReportRequest extends CommandRequest {
  @TextList(100, 5000, {
    example: ['Report outcomes for victims, not only activity'],
    description: "The panel's report or recommendations on the annual report (s.28(4)(c))",
  })
  recommendations!: string[];
}

export class PublishAnnualReportResponseRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/annual-report/2013-14/response',
    nullable: true,
    description: "Where the PCC's response is published (s.12(3)-(5))",
  })
  url?: string | null;
}

export class PublishAnnualReportRequest extends CommandRequest {
  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/annual-report/2013-14',
    nullable: true,
    description: 'Where the annual report is published (s.12(5))',
  })
  url?: string | null;
}
