import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, ValidateNested } from 'class-validator';
import { DISPENSATION_GROUNDS } from '@ledger/domain';
import type { DispensationGround, InterestCategory, NotificationOccasion, Restriction } from '@ledger/domain';
import { CommandRequest, OpenCaseRequest } from '../../common/command.request';
import { Text, Day, Flag, NonEmptyTextList, Choice, Pattern, OptionalPattern, ChoiceList } from '../request-fields';

const REF = /^[a-z0-9][a-z0-9-]{0,99}$/;

export class OpenMemberInterestsRequest extends OpenCaseRequest {
  @Pattern(REF, { example: 'kent-pcp', description: 'The PoliceAndCrimePanel case the member sits on' })
  panelId!: string;

  @Text(100, {
    example: 'm-a-member',
    description: "The member's id on the panel's roster (MemberAppointed / MemberCoopted)",
  })
  memberId!: string;

  @Text(200, { example: 'Cllr A. Member', description: 'The panel member' })
  member!: string;

  @Choice({ example: 'councillor', enum: ['councillor', 'co_opted'] })
  memberKind!: 'councillor' | 'co_opted';

  @Day({
    format: 'date',
    example: '2013-06-03',
    description: 'The day the person became a member (the 28-day duty of s.30(1) runs from it)',
  })
  becameMemberOn!: string;
}

export class NotifiedInterestDto {
  @Pattern(REF, { example: 'land-1', description: 'Reference of the entry (lower-case slug)' })
  interestId!: string;

  @Choice({
    example: 'dpi',
    enum: ['dpi', 'other'],
    description:
      'A disclosable pecuniary interest (s.30(3); SI 2012/1464) or another interest under the code (s.28(2)(b))',
  })
  category!: InterestCategory;

  @Text(2000, {
    example: 'Freehold of 1 High Street, Maidstone',
    description: 'The interest; for a sensitive interest the ledger keeps only that it exists (s.32(2))',
  })
  description!: string;

  @Flag({ example: false, description: 'Disclosure could lead to violence or intimidation (s.32(1))' })
  sensitive!: boolean;
}

export class NotifyInterestsRequest extends CommandRequest {
  @ApiProperty({
    type: [NotifiedInterestDto],
    description: 'Interests notified to the monitoring officer, entered in the register (s.30(4), s.31(9))',
  })
  @IsDefined({ message: 'interests is required' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => NotifiedInterestDto)
  interests!: NotifiedInterestDto[];

  @Choice({
    example: 'taking_office',
    enum: ['taking_office', 'meeting_disclosure', 'other'],
    description: 'On becoming a member (s.30(1)), after a disclosure at a meeting (s.31(3)), or any other change',
  })
  occasion!: NotificationOccasion;

  @OptionalPattern(REF, {
    example: 'd-1',
    nullable: true,
    description: 'The disclosure this notification follows (occasion meeting_disclosure)',
  })
  disclosureId?: string | null;
}

export class RemoveInterestRequest extends CommandRequest {
  @Pattern(REF, { example: 'land-1' })
  interestId!: string;

  @Text(2000, { example: 'Property sold', description: 'Why the entry goes (s.29(3))' })
  reason!: string;
}

export class DiscloseInterestAtMeetingRequest extends CommandRequest {
  @Pattern(REF, { example: 'd-1', description: 'Reference of the disclosure (lower-case slug)' })
  disclosureId!: string;

  @Pattern(REF, { example: 'kent-pcp-2014-02-04', description: 'The meeting (PanelMeeting case id)' })
  meetingRef!: string;

  @Text(200, { example: 'precept-2014-15', description: 'The item of business' })
  item!: string;

  @Choice({ example: 'dpi', enum: ['dpi', 'other'] })
  category!: InterestCategory;

  @Text(2000, { example: 'Spouse employed by Kent Police' })
  description!: string;
}

export class RequestDispensationRequest extends CommandRequest {
  @Pattern(REF, {
    example: 'req-1',
    description: "Reference of the member's written request to the proper officer (s.33(1))",
  })
  requestRef!: string;

  @Text(500, { example: 'precept-2014-15', description: 'The business the member asks to take part in' })
  business!: string;
}

export class GrantDispensationRequest extends CommandRequest {
  @Pattern(REF, { example: 'disp-1' })
  dispensationId!: string;

  @Pattern(REF, { example: 'req-1', description: 'The written request granted' })
  requestRef!: string;

  @Choice({ example: 'b', enum: DISPENSATION_GROUNDS, description: 'Localism Act 2011 s.33(2)(a)-(e)' })
  ground!: DispensationGround;

  @ChoiceList(1, 2, {
    example: ['vote'],
    enum: ['discussion', 'vote'],
    description: 'The s.31(4) restrictions relieved',
  })
  relievesFrom!: Restriction[];

  @NonEmptyTextList(50, 200, {
    example: ['precept-2014-15'],
    description: 'The business (cases) the dispensation describes',
  })
  business!: string[];

  @Day({ format: 'date', example: '2014-01-27' })
  from!: string;

  @Day({ format: 'date', example: '2014-12-31', description: 'End of the period; at most four years (s.33(3))' })
  to!: string;
}
