import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsNumber, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import {
  MAX_PANEL_MEMBERS,
  PanelMemberAtTimeDto,
  IsPanelRoster,
  RosterPanelId,
} from '../police-and-crime-panel/police-and-crime-panel.request';
import { OptionalText, Flag, TextList, Choice, Whole, stacked } from '../request-fields';

/** Band D council tax precept in pounds and pence; the ceiling only guards against nonsense. */
const MAX_AMOUNT = 100_000;
const amount = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 } as const;
const Pounds = (doc: ApiPropertyOptions) => stacked(ApiProperty(doc), IsNumber(amount), Min(0), Max(MAX_AMOUNT));
const OptionalPounds = (doc: ApiPropertyOptions) =>
  stacked(ApiPropertyOptional(doc), IsOptional(), IsNumber(amount), Min(0), Max(MAX_AMOUNT));

export class NotifyProposedPreceptRequest extends OpenCaseRequest {
  @ApiProperty({
    example: '2013-14',
    description: 'Financial year the precept is for (YYYY-YY); it is scrutinised in the February before',
  })
  @IsString()
  @Matches(/^\d{4}-\d{2}$/)
  financialYear!: string;

  @Pounds({ example: 147.15, description: 'Proposed precept (Band D, pounds)' })
  amount!: number;
}

/** What a panel's first report, with or without a veto, may recommend instead of the proposed precept. */
const RECOMMENDED_INSTEAD = {
  type: Number,
  example: 146.5,
  nullable: true,
  description: 'Precept the panel recommends instead, if any',
};

export class ReportOnProposedPreceptRequest extends CommandRequest {
  @TextList(100, 5000, {
    example: ['Publish the savings plan alongside the precept'],
    description: "The panel's recommendations (Sch 5 para 3)",
  })
  recommendations!: string[];

  @OptionalPounds(RECOMMENDED_INSTEAD)
  recommendedAmount?: number | null;
}

export class VetoProposedPreceptRequest extends CommandRequest {
  @RosterPanelId()
  panelId?: string;
  @TextList(100, 5000, {
    example: ['Hold the increase below 2%'],
    description: 'Recommendations in the report that states the veto (Sch 5 para 4(5))',
  })
  recommendations!: string[];

  @OptionalPounds(RECOMMENDED_INSTEAD)
  recommendedAmount?: number | null;

  @Choice({
    example: 'too_high',
    enum: ['too_high', 'too_low'],
    description:
      'Whether the panel vetoes the precept as too high or too low; the revised precept must move the other way (reg 5(3))',
  })
  reason!: 'too_high' | 'too_low';

  @Whole(0, MAX_PANEL_MEMBERS, {
    example: 8,
    description:
      'Members voting for the veto; at least two-thirds of the members at the time are needed (Sch 5 para 4(4))',
  })
  votesFor!: number;

  @IsPanelRoster()
  membersAtTime!: PanelMemberAtTimeDto[];
}

export class PublishPreceptResponseRequest extends CommandRequest {
  @Choice({
    example: 'first',
    enum: ['first', 'second'],
    description:
      "Response to the panel's report ('first', Sch 5 paras 5-6) or to the second report after a veto ('second', reg 7)",
  })
  stage!: 'first' | 'second';

  @OptionalText(2000, {
    example: 'https://www.kent-pcc.gov.uk/precept/2013-14/response',
    nullable: true,
    description: 'Where the response is published',
  })
  url?: string | null;
}

export class NotifyRevisedPreceptRequest extends CommandRequest {
  @Pounds({
    example: 146.9,
    description: 'Revised precept (Band D, pounds): lower after a too-high veto, higher after a too-low one (reg 5(3))',
  })
  amount!: number;
}

export class MakeSecondPreceptReportRequest extends CommandRequest {
  @Flag({ example: true, description: 'Whether the panel accepts the revised precept (reg 6)' })
  accepts!: boolean;

  @TextList(100, 5000, { example: [], description: 'Recommendations in the second report' })
  recommendations!: string[];

  @OptionalPounds({
    type: Number,
    example: null,
    nullable: true,
    description: 'Precept the second report recommends, if any (reg 8)',
  })
  recommendedAmount?: number | null;
}

export class IssuePreceptRequest extends CommandRequest {
  @Pounds({
    example: 146.9,
    description: 'Precept issued (Band D, pounds); which amounts are allowed depends on how scrutiny ended (reg 8)',
  })
  amount!: number;
}
