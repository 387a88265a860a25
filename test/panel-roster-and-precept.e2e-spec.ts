/**
 * The panel, its roster and the precept cycle over HTTP, on SQLite and (with DATABASE_URL)
 * PostgreSQL: the roster a veto is counted against, and a full precept cycle with a veto.
 */
import { bearer, request } from './helpers/app';
import { BACKENDS } from './helpers/backends';
import { COUNCILS, expectRule, PANEL_ID, httpFlow } from './helpers/http-flow';

describe.each(BACKENDS)('%s', (store) => {
  describe('The panel and the precept cycle over HTTP', () => {
    const pcc = httpFlow(store, { panel: true });
    const { post, ok, open, advance, refused, streamOf, eventsOf } = pcc;

    describe('Police and crime panel (Sch 6)', () => {
      it('establishes the panel and records its roster: 10 councillors and 2 co-optees', async () => {
        const base = `/v1/police-and-crime-panels/${PANEL_ID}`;
        // The eleventh councillor has no seat (Sch 6 para 4(1)): 422 with the rule.
        await refused(
          `${base}/members`,
          'panel-secretariat',
          {
            effectiveAt: '2012-10-01',
            memberId: 'm99',
            person: 'Councillor Z',
            council: COUNCILS[0],
            isCommissioner: false,
          },
          'PANEL_COUNCILLOR_SEATS_FULL',
        );

        const events = await streamOf(`police-and-crime-panel:${PANEL_ID}`);
        expect(events[0].metadata).toMatchObject({ forceArea: 'kent' });
        expect(events[1].metadata).toMatchObject({ findings: [] });
        expect(events.map((e) => e.type)).toEqual([
          'PanelEstablished',
          'PanelArrangementsNotified',
          'PanelAliasAdded',
          'CoOptedNumberResolved',
          'RulesOfProcedureAdopted',
          ...Array(10).fill('MemberAppointed'),
          'MemberCoopted',
          'MemberCoopted',
        ]);
        expect(events[0].data).toMatchObject({ forceArea: 'kent', relevantNumber: 10, establishedOn: '2012-07-02' });
        expect(pcc.roster.map((m) => [m.memberId, m.kind])).toEqual([
          ...Array.from({ length: 10 }, (_, i) => [`m${i + 1}`, 'councillor']),
          ['m11', 'coopted'],
          ['m12', 'coopted'],
        ]);
      });

      it('the panel secretariat may not act for another force area, and the PCC office may not change the roster', async () => {
        const base = `/v1/police-and-crime-panels/${PANEL_ID}`;
        const essex = await request(pcc.t.http)
          .post(`${base}/members`)
          .set(bearer(pcc.t.essex['panel-secretariat']))
          .send({ memberId: 'm50', person: 'X', council: COUNCILS[0], isCommissioner: false });
        // Another area's case is answered as one that does not exist.
        expect(essex.status).toBe(404);
        expect(
          (
            await post(`${base}/members`, 'pcc-office', {
              memberId: 'm50',
              person: 'X',
              council: COUNCILS[0],
              isCommissioner: false,
            })
          ).status,
        ).toBe(403);
      });
    });

    describe('Roster snapshots are checked against the panel record (PRSRA 2011 Sch 5 para 4(4))', () => {
      it('refuses a veto whose roster leaves out a member, accepts the true one, and counts an unnamed panel from the record', async () => {
        const id = 'kent-2014-15-roster';
        const base = `/v1/precept-cycles/${id}`;
        await ok(
          '/v1/force-areas/kent/precept-cycles',
          'pcc-office',
          { caseId: id, effectiveAt: '2014-01-30', financialYear: '2014-15', amount: 150 },
          201,
        );
        const veto = (members: typeof pcc.roster, panelId?: string) => ({
          effectiveAt: '2014-02-05',
          recommendations: ['Hold it'],
          reason: 'too_high',
          votesFor: 8,
          membersAtTime: members,
          ...(panelId ? { panelId } : {}),
        });
        // Eleven of twelve members: the threshold would drop from 8 to 8 here, but any shrinking is refused.
        const shrunk = await post(`${base}/veto`, 'panel-secretariat', veto(pcc.roster.slice(1), PANEL_ID));
        expectRule(shrunk, 'PANEL_ROSTER_MISMATCH', 'PRSRA 2011 Sch 5 para 4(4); Sch 8 para 5(4)');
        expect(shrunk.body.detail).toMatch(/Missing from the vote's roster/);
        await refused(`${base}/veto`, 'panel-secretariat', veto(pcc.roster, 'no-such-panel'), 'PANEL_ROSTER_MISMATCH');
        const checked = await ok(`${base}/veto`, 'panel-secretariat', veto(pcc.roster, PANEL_ID), 200);
        expect(
          checked.body.events.flatMap((e: { findings: Array<{ code: string }> }) => e.findings.map((f) => f.code)),
        ).not.toContain('PANEL_ROSTER_UNVERIFIED');

        const other = 'kent-2015-16-roster';
        await ok(
          '/v1/force-areas/kent/precept-cycles',
          'pcc-office',
          { caseId: other, effectiveAt: '2015-01-30', financialYear: '2015-16', amount: 150 },
          201,
        );
        const fromRecord = await ok(
          `/v1/precept-cycles/${other}/veto`,
          'panel-secretariat',
          { ...veto(pcc.roster), effectiveAt: '2015-02-05' },
          200,
        );
        expect(fromRecord.body.events[1].type).toBe('PreceptVetoed');
      });
    });

    describe('Precept cycle 2013-14 with a veto (PRSRA 2011 Sch 5; SI 2012/2271)', () => {
      const id = 'kent-2013-14';
      const base = `/v1/precept-cycles/${id}`;
      const veto = (votesFor: number) => ({
        effectiveAt: '2013-02-05',
        recommendations: ['Hold the increase below 2%'],
        recommendedAmount: 146.5,
        reason: 'too_high',
        votesFor,
        membersAtTime: pcc.roster,
      });

      it('notify by 1 Feb → veto by 8 Feb → revised precept by 15 Feb → second report by 22 Feb → response → issue', async () => {
        expect(pcc.roster).toHaveLength(12);
        const notified = await ok(
          '/v1/force-areas/kent/precept-cycles',
          'pcc-office',
          { caseId: id, effectiveAt: '2013-01-31', financialYear: '2013-14', amount: 147.15 },
          201,
        );
        expect(notified.headers.etag).toBe('W/"0"');
        expect(notified.headers.location).toBe(`/v1/cases/${encodeURIComponent(`precept-cycle:${id}`)}`);
        expect(notified.body).toMatchObject({ caseId: id, stream: `precept-cycle:${id}`, revision: '0' });
        expect(notified.body.events.map((e: { type: string }) => e.type)).toEqual(['ProposedPreceptNotified']);
        expect(notified.body.events[0].findings).toEqual([]);

        // The panel's veto needs two-thirds of the 12 members at the time: 8. Seven is not enough.
        const short = await post(`${base}/veto`, 'panel-secretariat', veto(7), 'W/"0"');
        expectRule(short, 'PRECEPT_VETO_THRESHOLD', 'PRSRA 2011 Sch 5 para 4(4)');
        expect(short.body.detail).toMatch(/7 of 12.*at least 8/);
        // The PCC's office cannot veto its own precept.
        expect((await post(`${base}/veto`, 'pcc-office', veto(8))).status).toBe(403);

        const vetoed = await advance(`${base}/veto`, 'panel-secretariat', veto(8), 0, 2);
        expect(vetoed.body.revision).toBe('2');
        expect(vetoed.body.events.map((e: { type: string; revision: string }) => [e.type, e.revision])).toEqual([
          ['PreceptReportMade', '1'],
          ['PreceptVetoed', '2'],
        ]);
        // A stale If-Match is refused.
        expect(
          (await post(`${base}/responses`, 'pcc-office', { effectiveAt: '2013-02-12', stage: 'first' }, 'W/"0"'))
            .status,
        ).toBe(412);

        await advance(
          `${base}/responses`,
          'pcc-office',
          { effectiveAt: '2013-02-12', stage: 'first', url: 'https://www.kent-pcc.gov.uk/precept/2013-14/response' },
          2,
        );

        // Vetoed as too high: the revised precept must be lower (reg 5(3)), not higher and not the same.
        for (const amount of [150, 147.15]) {
          expectRule(
            await post(`${base}/revised-precept`, 'pcc-office', { effectiveAt: '2013-02-14', amount }, 'W/"3"'),
            'PRECEPT_REVISED_WRONG_DIRECTION',
            'SI 2012/2271 reg 5(3)',
          );
        }

        const revised = await advance(
          `${base}/revised-precept`,
          'pcc-office',
          { effectiveAt: '2013-02-14', amount: 146.9 },
          3,
        );
        expect(revised.body.events[0]).toMatchObject({ type: 'RevisedPreceptNotified', findings: [] });

        // There is no second veto (reg 6).
        expectRule(
          await post(`${base}/veto`, 'panel-secretariat', { ...veto(12), effectiveAt: '2013-02-20' }),
          'PRECEPT_SECOND_VETO',
          'PRSRA 2011 Sch 5 para 4; SI 2012/2271 reg 6(1)-(2)',
        );

        await advance(
          `${base}/second-report`,
          'panel-secretariat',
          { effectiveAt: '2013-02-21', accepts: true, recommendations: [] },
          4,
        );

        // Scrutiny ends only when the PCC responds to the second report (reg 7).
        expectRule(
          await post(`${base}/issue`, 'pcc-office', { effectiveAt: '2013-02-22', amount: 146.9 }),
          'PRECEPT_ISSUED_DURING_SCRUTINY',
          'PRSRA 2011 Sch 5 para 1(2); SI 2012/2271 regs 4(2), 6(3), 8',
        );

        await advance(`${base}/responses`, 'pcc-office', { effectiveAt: '2013-02-27', stage: 'second' }, 5);

        // After a too-high veto, a higher amount than the revised precept is not allowed.
        expectRule(
          await post(`${base}/issue`, 'pcc-office', { effectiveAt: '2013-02-28', amount: 147 }),
          'PRECEPT_ISSUE_AMOUNT_NOT_PERMITTED',
          'PRSRA 2011 Sch 5 paras 5-6; SI 2012/2271 regs 4(2), 6(3), 8',
        );
        const issued = await advance(`${base}/issue`, 'pcc-office', { effectiveAt: '2013-02-28', amount: 146.9 }, 6);
        expect(issued.body.events[0]).toMatchObject({ type: 'PreceptIssued', revision: '7', findings: [] });

        const events = await eventsOf(`precept-cycle:${id}`, [
          'ProposedPreceptNotified',
          'PreceptReportMade',
          'PreceptVetoed',
          'PreceptResponsePublished',
          'RevisedPreceptNotified',
          'SecondPreceptReportMade',
          'PreceptResponsePublished',
          'PreceptIssued',
        ]);
        expect(events.map((e) => e.revision)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
        const vetoEvent = events[2];
        expect(vetoEvent.data).toMatchObject({
          reason: 'too_high',
          votesFor: 8,
          requiredVotes: 8,
          effective: true,
          vetoedOn: '2013-02-05',
        });
        expect(vetoEvent.data.membersAtTime).toEqual(pcc.roster);
        expect(vetoEvent.metadata).toMatchObject({
          legalBasis: 'PRSRA 2011 Sch 5 para 4',
          effectiveAt: '2013-02-05',
          forceArea: 'kent',
          command: 'VetoProposedPrecept',
        });
        expect((vetoEvent.metadata.actor as { role: string }).role).toBe('panel-secretariat');
        expect(events[7].data).toMatchObject({
          amount: 146.9,
          variant: 'revised',
          scrutinyEndedBy: 'second_response',
          issuedOn: '2013-02-28',
        });
        expect((events[7].metadata.actor as { role: string }).role).toBe('pcc-office');
      });

      it('a later cycle without a veto: report, response, issue at the recommended amount', async () => {
        const created = await open('/v1/force-areas/kent/precept-cycles', 'pcc-office', {
          caseId: 'kent-2014-15',
          effectiveAt: '2014-01-30',
          financialYear: '2014-15',
          amount: 149.98,
        });
        const b = '/v1/precept-cycles/kent-2014-15';
        await ok(
          `${b}/report`,
          'panel-secretariat',
          { effectiveAt: '2014-02-04', recommendations: ['Freeze the precept'], recommendedAmount: 147.15 },
          'W/"0"',
        );
        await ok(`${b}/responses`, 'pcc-office', { effectiveAt: '2014-02-10', stage: 'first' }, 'W/"1"');
        await advance(`${b}/issue`, 'pcc-office', { effectiveAt: '2014-02-14', amount: 147.15 }, 2);
        const events = await eventsOf(created.stream, [
          'ProposedPreceptNotified',
          'PreceptReportMade',
          'PreceptResponsePublished',
          'PreceptIssued',
        ]);
        expect(events[3].data).toMatchObject({
          variant: 'first_report_recommendation',
          scrutinyEndedBy: 'first_response',
        });
      });

      it("validates the body (400) and keeps the path's force area", async () => {
        const bad = await post('/v1/force-areas/kent/precept-cycles', 'pcc-office', {
          financialYear: '2015',
          amount: -1,
          forceArea: 'essex',
        });
        expect(bad.status).toBe(400);
        expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
          'amount',
          'financialYear',
          'forceArea',
        ]);
        const essex = await request(pcc.t.http)
          .post('/v1/force-areas/kent/precept-cycles')
          .set(bearer(pcc.t.essex['pcc-office']))
          .send({ financialYear: '2015-16', amount: 150, effectiveAt: '2015-01-20' });
        expect(essex.status).toBe(403);
      });
    });
  });
});
