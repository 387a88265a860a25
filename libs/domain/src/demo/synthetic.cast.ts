import type { ActingParty, Command } from '../core/decider';
import type { DatePrecision } from '../core/provenance';
import { actingParty, type ScriptStep } from './demo.script';

/**
 * Who acts in the synthetic demonstration and the case ids it uses, shared by the scripts of
 * each process. The places are fictional ("Northshire", "Southshire") so that nothing here can
 * be mistaken for a real record.
 */
export const N = 'northshire';
export const S = 'southshire';

export const SYNTHETIC_ACTORS = {
  pcc: actingParty('synthetic-northshire-opcc', 'Northshire OPCC (synthetic)', 'pcc-office', 'northshire-pcc', N),
  panel: actingParty(
    'synthetic-northshire-pcp',
    'Northshire PCP secretariat (synthetic)',
    'panel-secretariat',
    'northshire-pcp',
    N,
  ),
  csp: actingParty(
    'synthetic-northshire-csp',
    'Northshire CSP officer (synthetic)',
    'csp-officer',
    'northshire-csp',
    N,
  ),
  homeOffice: actingParty('synthetic-home-office', 'Home Office (synthetic)', 'admin', 'home-office', null),
};

export const SYNTHETIC_CASES = {
  panel: 'synthetic-northshire-pcp',
  reportRequirement: 'synthetic-northshire-2014-asb-report',
  summons: 'synthetic-northshire-2014-summons-1',
  merger: 'synthetic-estuary-csp-merger',
  precept: 'synthetic-northshire-2014-15',
  ccAppointment: 'synthetic-northshire-cc-2014',
  dpccAppointment: 'synthetic-northshire-dpcc-2014',
  criminalComplaint: 'synthetic-northshire-complaint-2014-001',
  informalComplaint: 'synthetic-northshire-complaint-2014-002',
  panelMeeting: 'synthetic-northshire-pcp-2014-02-06',
  scrutiny: 'synthetic-northshire-scrutiny-2014-01',
  grant: 'synthetic-northshire-grant-2014-001',
  decisionRegister: 'synthetic-northshire',
} as const;

export function synthetic(
  stepId: string,
  aggregateType: string,
  caseId: string,
  command: Command,
  effectiveOn: string,
  actor: ActingParty,
  classification = 'open',
  datePrecision: DatePrecision = 'day',
): ScriptStep {
  return {
    stepId: `synthetic-${stepId}`,
    aggregateType,
    caseId,
    command,
    effectiveOn,
    // Synthetic acts are "recorded" on the day they happen, at noon UTC.
    recordedAt: `${effectiveOn}T12:00:00.000Z`,
    actor,
    provenance: {
      provenance: 'synthetic',
      datePrecision,
      sourceQuote: 'SYNTHETIC demonstration data: not a real record',
    },
    classification,
  };
}

/** Twelve members of the synthetic panel (10 councillors, 2 co-optees): veto threshold 8. */
export const ROSTER = [
  ...Array.from({ length: 10 }, (_, i) => ({
    memberId: `m${i + 1}`,
    name: `Councillor ${String.fromCharCode(65 + i)} (synthetic)`,
    kind: 'councillor' as const,
  })),
  { memberId: 'm11', name: 'Independent Member A (synthetic)', kind: 'coopted' as const },
  { memberId: 'm12', name: 'Independent Member B (synthetic)', kind: 'coopted' as const },
];

/** Hex commitments standing in for the application layer's HMACs (no personal data anywhere). */
export const commitment = (seed: string): string => seed.repeat(64).slice(0, 64);

/** What the PCC tells the panel of a proposed chief constable (and of a reserve candidate). */
export const candidate = (name: string, receivedByPanelOn: string) => ({
  candidate: name,
  isOrWasConstable: true,
  constableService: 'Deputy Chief Constable, Southshire Police (synthetic)',
  criteria: 'Published role profile (synthetic)',
  reasons: 'Meets every criterion (synthetic)',
  terms: 'Five-year fixed term (synthetic)',
  receivedByPanelOn,
});
