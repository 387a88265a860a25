import { Controller, Get, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiPropertyOptional, ApiTags, type ApiPropertyOptions } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { LedgerQueries } from '@ledger/projections';
import { visibilityIn } from '@ledger/governance';
import { DEADLINE_STATUSES } from '@ledger/domain';
import type { DeadlineStatus } from '@ledger/domain';
import type { AuthedRequest } from '../common/auth';
import { SlugPipe } from '../common/params';
import { ReadAccess } from '../common/read-access';
import { QueryInt, QueryDate, QueryText, QueryBool } from '../common/query-fields';
import { OptionalDay, stacked } from '../processes/request-fields';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

// The filters several registers share, each one decorator as the field kinds of the request bodies are.

/** The force area a register is filtered to. */
const AreaFilter = () => stacked(ApiPropertyOptional({ example: 'kent' }), IsOptional(), Matches(SLUG));

/** The statutory process (aggregate type) a register is filtered to. */
const ProcessFilter = (doc: ApiPropertyOptions = {}) =>
  stacked(ApiPropertyOptional({ example: 'PreceptCycle', ...doc }), IsOptional(), Matches(/^[A-Za-z]{1,60}$/));

/** One case (stream) a register is filtered to. */
const StreamFilter = () => stacked(ApiPropertyOptional({ example: 'precept-cycle:kent-2013-14' }), QueryText(200));

/** The first and last day of a register's date range, as `from` and `to`. */
const DateFilter = (example: string, description?: string) =>
  stacked(ApiPropertyOptional({ example, ...(description && { description }) }), QueryDate());

/** asAt / recordedOn and paging, accepted by every query. */
export class ViewQuery {
  @OptionalDay({ example: '2013-02-01', description: 'Effective-time view: what was legally so on this date' })
  asAt?: string;

  @OptionalDay({
    example: '2013-02-01',
    description: 'What the record showed on this date (leaves out events recorded later, corrections included)',
  })
  recordedOn?: string;

  @ApiPropertyOptional({ example: null, description: 'Opaque cursor from the previous page' })
  @QueryText(500)
  cursor?: string;

  @ApiPropertyOptional({ example: 50, description: 'Page size (1-500)' })
  @QueryInt(1, 500)
  limit?: number;
}

export class CaseListQuery extends ViewQuery {
  @AreaFilter() forceArea?: string;
  @ApiPropertyOptional({ example: 'kent-pcp', description: 'Cases this body has acted on' })
  @QueryText(200)
  body?: string;
  @ProcessFilter({ description: 'Statutory process' })
  process?: string;
  @ApiPropertyOptional({ example: 'vetoed' }) @QueryText(60) status?: string;
  @DateFilter('2013-01-01', 'Opened on or after')
  from?: string;
  @DateFilter('2013-12-31', 'Opened on or before')
  to?: string;
}

export class TrailQuery extends ViewQuery {
  @ApiPropertyOptional({ example: 'kent-pcc', description: 'The body that acted' })
  @QueryText(200)
  body?: string;
  @ApiPropertyOptional({ example: '01938a6e-7c1f-7b3e-9a53-2f3c0d9b1e77', description: 'The office holder (actor id)' })
  @QueryText(200)
  actorId?: string;
  @AreaFilter() forceArea?: string;
  @ProcessFilter() process?: string;
  @StreamFilter()
  stream?: string;
  @DateFilter('2013-01-01') from?: string;
  @DateFilter('2013-12-31') to?: string;
}

export class DeadlineQuery extends ViewQuery {
  @AreaFilter() forceArea?: string;
  @ProcessFilter() process?: string;
  @ApiPropertyOptional({
    example: 'missed',
    enum: DEADLINE_STATUSES,
    description:
      'missed: past due, nothing on record, record declared complete; no_record: past due, nothing on record; late: done after the date',
  })
  @IsOptional()
  @IsIn(DEADLINE_STATUSES as DeadlineStatus[])
  status?: DeadlineStatus;
  @ApiPropertyOptional({ example: 'pcc', description: 'Who must act' })
  @QueryText(60)
  owner?: string;
  @StreamFilter()
  stream?: string;
  @DateFilter('2013-01-01', 'Due on or after')
  from?: string;
  @DateFilter('2013-12-31', 'Due on or before')
  to?: string;
}

export class DecisionQuery extends ViewQuery {
  @AreaFilter() forceArea?: string;
  @ApiPropertyOptional({ example: 'kent-pcc' }) @QueryText(200) body?: string;
  @ApiPropertyOptional({ example: true, description: 'Only decisions of significant public interest (default true)' })
  @QueryBool()
  significantOnly?: boolean;
  @ApiPropertyOptional({ example: false, description: 'Filter by whether the record was published' })
  @QueryBool()
  published?: boolean;
  @DateFilter('2013-01-01') from?: string;
  @DateFilter('2013-12-31') to?: string;
}

export class DashboardQuery extends ViewQuery {
  @ApiPropertyOptional({ example: 28, description: 'Days ahead counted as upcoming (1-366)' })
  @QueryInt(1, 366)
  upcomingDays?: number;
}

function view(q: ViewQuery) {
  return { asAt: q.asAt, recordedOn: q.recordedOn, cursor: q.cursor ?? null, limit: q.limit };
}

/** What every register takes from its query: the view and page, the area, the date range, and what the caller may see. */
function register(q: ViewQuery & { forceArea?: string; from?: string; to?: string }, req: AuthedRequest) {
  return {
    ...view(q),
    forceArea: q.forceArea,
    from: q.from,
    to: q.to,
    visibility: visibilityIn(req.actor, q.forceArea),
  };
}

/** The read side: case state, trails, registers and the panel dashboard, in time. */
@ApiTags('Read models')
@Controller({ version: '1' })
export class ReadController {
  constructor(private readonly queries: LedgerQueries) {}

  @Get('cases')
  @ReadAccess('anyone')
  @ApiOperation({ operationId: 'ListCases', summary: 'Cases of every statutory process, filtered and paged' })
  listCases(@Query() q: CaseListQuery, @Req() req: AuthedRequest) {
    return this.queries.listCases({
      ...register(q, req),
      body: q.body,
      aggregateType: q.process,
      status: q.status,
    });
  }

  @Get('cases/:stream')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'GetCase',
    summary: 'One case: state, deadlines and timeline, as at a date or as recorded on a date',
  })
  async getCase(@Param('stream') stream: string, @Query() q: ViewQuery, @Req() req: AuthedRequest) {
    if (!/^[a-z0-9-]{1,60}:[a-z0-9][a-z0-9-]{0,99}$/.test(stream)) throw new NotFoundException(`No case ${stream}`);
    const o = { asAt: q.asAt, recordedOn: q.recordedOn, timelineCursor: q.cursor ?? null, timelineLimit: q.limit };
    const found = await this.queries.getCase(stream, { ...o, visibility: (area) => visibilityIn(req.actor, area) });
    if (!found) throw new NotFoundException(`No case ${stream}${q.asAt || q.recordedOn ? ' in this view' : ''}`);
    return found;
  }

  @Get('trail')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'AccountabilityTrail',
    summary:
      'Every act of a body or office holder: who, in what role, under which power, when, and whether the deadline was met',
  })
  trail(@Query() q: TrailQuery, @Req() req: AuthedRequest) {
    return this.queries.trail({
      ...register(q, req),
      body: q.body,
      actorId: q.actorId,
      aggregateType: q.process,
      stream: q.stream,
    });
  }

  @Get('deadlines')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'DeadlinesRegister',
    summary: 'Every statutory deadline with its due date and status as at a date',
  })
  deadlines(@Query() q: DeadlineQuery, @Req() req: AuthedRequest) {
    return this.queries.deadlines({
      ...register(q, req),
      aggregateType: q.process,
      status: q.status,
      owner: q.owner,
      stream: q.stream,
    });
  }

  @Get('decisions')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'DecisionRegister',
    summary: 'Decisions of significant public interest, and whether and when each was published',
  })
  decisions(@Query() q: DecisionQuery, @Req() req: AuthedRequest) {
    return this.queries.decisions({
      ...register(q, req),
      body: q.body,
      significantOnly: q.significantOnly,
      published: q.published,
    });
  }

  @Get('force-areas/:area/dashboard')
  @ReadAccess('anyone')
  @ApiOperation({
    operationId: 'PanelDashboard',
    summary: 'Outstanding and overdue items, vetoes and upcoming deadlines for a force area',
  })
  dashboard(@Param('area', SlugPipe) area: string, @Query() q: DashboardQuery, @Req() req: AuthedRequest) {
    return this.queries.dashboard(area, {
      asAt: q.asAt,
      recordedOn: q.recordedOn,
      upcomingDays: q.upcomingDays,
      visibility: visibilityIn(req.actor, area),
    });
  }
}
