/**
 * A meeting's attendance may name the panel it is recorded against: it must be the panel
 * the meeting was convened for, or the act is refused, so that a roster meant for one
 * panel is never recorded on another's meeting.
 */
import { expectRule, httpFlow, PANEL_ID } from './helpers/http-flow';

describe('Recording a panel meeting’s attendance', () => {
  const pcc = httpFlow('sqlite', { panel: true });
  const meeting = '/v1/panel-meetings/kent-pcp-2013-03-05';

  beforeAll(async () => {
    const convene = {
      caseId: 'kent-pcp-2013-03-05',
      effectiveAt: '2013-02-25',
      panelId: PANEL_ID,
      meetingDate: '2013-03-05',
      startTimes: ['10:00'],
      venue: 'Sessions House, Maidstone',
      agenda: [{ item: '1', title: 'Minutes' }],
    };
    await pcc.ok('/v1/force-areas/kent/panel-meetings', 'panel-secretariat', convene, 201);
  });

  const attendance = (panelId: string) => {
    const ids = pcc.roster.map((m) => m.memberId);
    return {
      effectiveAt: '2013-03-05',
      panelId,
      present: ids.slice(0, 10),
      absent: ids.slice(10),
      membersAtTime: pcc.roster,
    };
  };

  it('is refused when it names another panel than the meeting’s', async () => {
    const res = await pcc.post(`${meeting}/attendance`, 'panel-secretariat', attendance('essex-pcp'));
    expectRule(
      res,
      'MEETING_ATTENDANCE_INCONSISTENT',
      'Governance Ledger record-keeping (DOMAIN.md §5.2 PanelMeeting)',
    );
    expect(res.body.detail).toContain(`meeting of panel ${PANEL_ID}, not essex-pcp`);
  });

  it('is recorded when it names the meeting’s own panel', async () => {
    const res = await pcc.ok(`${meeting}/attendance`, 'panel-secretariat', attendance(PANEL_ID));
    expect(res.body.events[0].type).toBe('AttendanceRecorded');
  });
});
