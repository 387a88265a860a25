/**
 * The Kent commissioner office as the HTTP suites record it (PRSRA 2011 ss.50-63): the 2012
 * election, taking office, and the 2014 suspension with an acting commissioner (s.62). Each
 * suite calls these steps on its own app, so it still builds its own data.
 */
import type { httpFlow } from './http-flow';

type Flow = Pick<ReturnType<typeof httpFlow>, 'ok'>;

/** The office case every suite opens: Ann Barnes, elected on 15 November 2012. */
export const KENT_OFFICE = '/v1/commissioner-offices/kent-2012';

/** The election result, recorded by an admin (the returning officer's record, not the PCC's). */
export const openKentOffice = ({ ok }: Flow) =>
  ok(
    '/v1/force-areas/kent/commissioner-offices',
    'admin',
    { caseId: 'kent-2012', effectiveAt: '2012-11-15', electedPerson: 'Ann Barnes', kind: 'ordinary' },
    201,
  );

/** Ann Barnes takes office on 22 November 2012, the first act on the opened case. */
export const kentTakesOffice = ({ ok }: Flow) =>
  ok(`${KENT_OFFICE}/acceptance`, 'pcc-office', { effectiveAt: '2012-11-22', person: 'Ann Barnes' }, 'W/"0"');

/** An acting commissioner from the PCC's staff (s.62), for the `trigger` the panel resolved on. */
export const actingCommissioner = (effectiveAt: string, trigger: string, panelResolutionRef: string) => ({
  effectiveAt,
  person: 'Mark Gilmartin',
  staffRole: 'Chief Executive',
  isCommissionerStaff: true,
  isPoliceCivilianStaff: false,
  trigger,
  panelResolutionRef,
});

/** Suspended on 3 March 2014 on a charge, with an acting commissioner from the 4th (s.62). */
export async function suspendKentCommissioner({ ok }: Flow): Promise<void> {
  await ok(`${KENT_OFFICE}/suspension`, 'panel-secretariat', {
    effectiveAt: '2014-03-03',
    chargeRef: 'CPS-2014-0001',
    offence: 'Misconduct in public office',
    offenceMaxTermYears: null,
    lifeSentence: true,
    chargedIn: 'uk',
    panelResolutionRef: 'KPCP/2014/07',
  });
  await ok(
    `${KENT_OFFICE}/acting-commissioner`,
    'panel-secretariat',
    actingCommissioner('2014-03-04', 'suspended', 'KPCP/2014/08'),
  );
}
