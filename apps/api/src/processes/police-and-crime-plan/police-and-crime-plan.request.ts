import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';

export class DraftPlanRequest extends OpenCaseRequest {
  @ApiProperty({ example: "Kent PCC's Police and Crime Plan", description: 'Title of the plan' })
  @IsString()
  @Length(1, 500)
  title!: string;

  @ApiPropertyOptional({ type: String, format: 'date', example: '2012-11-15', nullable: true, description: 'For the first plan after an ordinary election: the poll date; the plan is due within that financial year (s.5(1))' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  electionPollDate?: string | null;
}

/** s.5(6)(b): before the panel sees the draft, or on changes after its report. No data of its own. */
export class ConsultChiefConstableRequest extends CommandRequest {}

/** s.5(6)(c). No data of its own. */
export class SendDraftToPanelRequest extends CommandRequest {}

export class MakePlanReportRequest extends CommandRequest {
  @ApiProperty({ example: ['Add a measure for rural crime'], description: "The panel's recommendations on the draft (s.28(3)); the panel has no veto", type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @Length(1, 5000, { each: true })
  recommendations!: string[];
}

export class PublishPlanResponseRequest extends CommandRequest {
  @ApiPropertyOptional({ type: String, example: 'https://www.kent-pcc.gov.uk/plan/response-to-panel', nullable: true, description: 'Where the response is published (s.5(6)(e)-(f))' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string | null;
}

/** The s.5(6) facts shared by issuing the plan and issuing a variation. */
class IssueFields {
  @ApiProperty({ example: 'commissioner', enum: ['commissioner', 'acting_commissioner'], description: 'Who issues: an acting commissioner cannot issue or vary the plan (s.62(4))' })
  @IsIn(['commissioner', 'acting_commissioner'])
  issuedBy!: 'commissioner' | 'acting_commissioner';

  @ApiProperty({ example: false, description: 'The issued text differs from the draft sent to the panel' })
  @IsBoolean()
  changedFromDraft!: boolean;

  @ApiPropertyOptional({ example: false, description: 'With no panel report: the PCC records that the reasonable time allowed to the panel has passed (s.5(6)(c))' })
  @IsOptional()
  @IsBoolean()
  reasonableTimeElapsed?: boolean;
}

class PlanPeriodFields {
  @ApiProperty({ format: 'date', example: '2013-04-01', description: 'First day of the period the plan covers' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  periodFrom!: string;

  @ApiProperty({ format: 'date', example: '2017-03-31', description: 'Last day of the period the plan covers' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  periodTo!: string;
}

export class IssuePlanRequest extends IntersectionType(CommandRequest, IssueFields, PlanPeriodFields) {}

export class PublishPlanRequest extends CommandRequest {
  @ApiPropertyOptional({ type: String, example: 'https://www.kent-pcc.gov.uk/plan', nullable: true, description: 'Where the plan is published (s.5(10)(b))' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  url?: string | null;
}

export class SendPlanCopyRequest extends CommandRequest {
  @ApiProperty({ example: 'Chief Constable of Kent Police', description: 'Who the copy was sent to' })
  @IsString()
  @Length(1, 200)
  recipient!: string;

  @ApiProperty({ example: 'chief_constable', enum: ['chief_constable', 'responsible_authority'], description: 'Kind of recipient (s.5(10)(a))' })
  @IsIn(['chief_constable', 'responsible_authority'])
  recipientKind!: 'chief_constable' | 'responsible_authority';
}

export class DraftPlanVariationRequest extends CommandRequest {
  @ApiProperty({ example: 'Add a priority on cyber crime', description: 'What the variation changes (s.5(4))' })
  @IsString()
  @Length(1, 5000)
  description!: string;
}

export class IssuePlanVariationRequest extends IntersectionType(CommandRequest, IssueFields) {}
