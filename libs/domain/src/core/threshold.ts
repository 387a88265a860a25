/**
 * Two-thirds veto threshold: at least two-thirds of the persons who are members of
 * the panel at the time the decision is made (PRSRA 2011 Sch 5 para 4(4); Sch 8
 * para 5(4)). Co-optees are members and vote (Sch 6 para 26); vacancies are not
 * persons and do not count; absent members do. 12 → 8, 14 → 10, 20 → 14.
 */
export function vetoThreshold(membersAtTime: number): number {
  if (!Number.isInteger(membersAtTime) || membersAtTime < 0)
    throw new Error('membersAtTime must be a non-negative integer');
  return Math.ceil((2 * membersAtTime) / 3);
}

export function meetsVetoThreshold(votesFor: number, membersAtTime: number): boolean {
  return membersAtTime > 0 && votesFor >= vetoThreshold(membersAtTime);
}
