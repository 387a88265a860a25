import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { PostElectionPeriodDto } from '../chief-constable-appointment/chief-constable-appointment.request';
import { AppointmentReportRequest, ConfirmationHearingRequest } from '../confirmation.request';

const SENIOR_ROLES = ['chief_executive', 'chief_finance_officer', 'deputy_pcc'] as const;
type SeniorRole = (typeof SENIOR_ROLES)[number];

export class NotifySeniorAppointmentRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'deputy_pcc', enum: SENIOR_ROLES, description: 'Post the PCC proposes to fill (Sch 1 para 9)' })
  @IsIn(SENIOR_ROLES)
  role!: SeniorRole;

  @ApiProperty({ example: 'Tim Smith', description: 'Name of the candidate' })
  @IsString()
  @Length(1, 200)
  candidate!: string;

  @ApiProperty({ example: 'Role profile for the deputy PCC', description: 'Criteria used to assess the candidate' })
  @IsString()
  @Length(1, 5000)
  criteria!: string;

  @ApiProperty({ example: 'Experience of victim services', description: 'Why the candidate meets the criteria' })
  @IsString()
  @Length(1, 5000)
  reasons!: string;

  @ApiProperty({ example: 'For the term of the PCC; salary £65,000', description: 'Terms and conditions of the proposed appointment' })
  @IsString()
  @Length(1, 5000)
  terms!: string;

  @ApiProperty({ format: 'date', example: '2014-05-01', description: 'Day the panel received the notification: day 1 of the three weeks (Sch 1 para 10)' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  receivedByPanelOn!: string;

  @ApiPropertyOptional({ type: [PostElectionPeriodDto], description: 'Post-election periods touching the window: not counted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => PostElectionPeriodDto)
  postElectionPeriods?: PostElectionPeriodDto[];
}

export class RecordTransferredAppointmentRequest extends OpenCaseRequest {
  @ApiProperty({ example: 'chief_executive', enum: SENIOR_ROLES, description: "The PCC's first chief executive or chief finance officer" })
  @IsIn(SENIOR_ROLES)
  role!: SeniorRole;

  @ApiProperty({ example: 'Mark Gilmartin', description: 'The person who transferred from the police authority' })
  @IsString()
  @Length(1, 200)
  person!: string;

  @ApiProperty({ example: 'chief_executive', enum: ['chief_executive', 'treasurer'], description: "The person's post at the police authority (SI 2012/2892 art 4)" })
  @IsIn(['chief_executive', 'treasurer'])
  formerPoliceAuthorityRole!: 'chief_executive' | 'treasurer';
}

export class HoldSeniorConfirmationHearingRequest extends ConfirmationHearingRequest {}

/** Sch 1 para 10: there is no veto. */
export class MakeSeniorAppointmentReportRequest extends AppointmentReportRequest {}

export class RespondToSeniorRecommendationRequest extends CommandRequest {
  @ApiProperty({ example: true, description: "Whether the PCC accepts the panel's recommendation (Sch 1 para 12)" })
  @IsBoolean()
  accept!: boolean;
}

export class AppointSeniorOfficerRequest extends CommandRequest {
  @ApiProperty({ example: 'Tim Smith', description: 'The person appointed: the candidate notified to the panel' })
  @IsString()
  @Length(1, 200)
  person!: string;
}

export class WithdrawSeniorAppointmentRequest extends CommandRequest {
  @ApiProperty({ example: 'The candidate withdrew', description: 'Why the appointment is withdrawn' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
