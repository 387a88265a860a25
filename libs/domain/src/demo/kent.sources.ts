import type { ActingParty, Command } from '../core/decider';
import type { Provenance, SourceDocument } from '../core/provenance';
import { actingParty, ScriptStep, seedDoc } from './demo.script';

/** The seed papers the Kent timeline is taken from, who acts in it, and the case ids it uses. */
export const S0: SourceDocument = seedDoc({
  ref: 'S0',
  title: 'Preparations for the Police and Crime Commissioner',
  body: 'County Community Safety Team',
  date: null,
  access: 'open',
  purpose: 'for_decision',
});
export const S3: SourceDocument = seedDoc({
  ref: 'S3',
  title: "Kent Police and Crime Commissioner's Police and Crime Plan",
  body: 'Office of the Kent Police and Crime Commissioner',
  date: '2013-03-19',
  access: 'open',
  purpose: 'for_information',
});
export const S4: SourceDocument = seedDoc({
  ref: 'S4',
  title: 'Partnership working (Item B1)',
  body: 'Kent Police and Crime Commissioner',
  date: '2015-04-14',
  access: 'open',
  purpose: null,
});

export const KENT_ACTORS = {
  csp: actingParty('seed-kent-csp', 'County Community Safety Team', 'csp-officer', 'kent-csp', 'kent'),
  opcc: actingParty(
    'seed-kent-opcc',
    'Office of the Kent Police and Crime Commissioner',
    'pcc-office',
    'kent-pcc',
    'kent',
  ),
  panel: actingParty(
    'seed-kent-pcp',
    'Kent and Medway Police and Crime Panel secretariat',
    'panel-secretariat',
    'kent-and-medway-pcp',
    'kent',
  ),
};

/** Case ids of the Kent demo. */
export const KENT_CASES = {
  csp: 'kent-csp',
  panel: 'kent-pcp',
  grant: 'kent-2015-three-year-partner-funding',
  panelMeeting: 'kent-pcp-2015-04-14',
  office: 'kent-2012',
  plan: 'kent-plan-2013',
} as const;

/**
 * The councils of the Kent police area in 2012: Kent County Council, its twelve districts
 * and Medway. The seeds do not list them; the statute fixes them (the panel is the
 * councils' joint committee, Sch 6 para 4), so the relevant number is 14, not 10.
 */
export const KENT_COUNCILS = [
  'Kent County Council',
  'Ashford Borough Council',
  'Canterbury City Council',
  'Dartford Borough Council',
  'Dover District Council',
  'Gravesham Borough Council',
  'Maidstone Borough Council',
  'Sevenoaks District Council',
  'Shepway District Council',
  'Swale Borough Council',
  'Thanet District Council',
  'Tonbridge and Malling Borough Council',
  'Tunbridge Wells Borough Council',
  'Medway Council',
] as const;

/**
 * The Kent CSP as the seed papers name it: the county strategy group (CDA 1998 s.5). The papers
 * do not list its responsible authorities, so the record has none.
 */
export const KENT_CSP = {
  name: 'Kent Community Safety Partnership',
  areas: ['Kent'],
  country: 'england' as const,
  policeAreas: ['kent'],
  responsibleAuthorities: [] as string[],
  countyStrategyGroup: true,
};

/** When the S3 year error was found and corrected: after the last seed paper (S4), at import. */
export const KENT_CORRECTION_RECORDED_AT = '2015-06-01T09:00:00.000Z';
export function seed(
  stepId: string,
  aggregateType: string,
  caseId: string,
  command: Command,
  effectiveOn: string,
  recordedOn: string,
  actor: ActingParty,
  provenance: Omit<Provenance, 'provenance'>,
  classification = 'open',
): ScriptStep {
  return {
    stepId,
    aggregateType,
    caseId,
    command,
    effectiveOn,
    recordedAt: `${recordedOn}T12:00:00.000Z`,
    actor,
    provenance: { ...provenance, provenance: 'seed' },
    classification,
  };
}
