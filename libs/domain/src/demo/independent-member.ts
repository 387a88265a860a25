import type { Cooption } from '../police-and-crime-panel/police-and-crime-panel.commands';

/**
 * The co-option of an independent member of a police and crime panel (PRSRA 2011 Sch 6 paras 4,
 * 10): not a councillor of the area, not the commissioner, and holding no role that would
 * disqualify. The demo and the tests co-opt their independent members with it.
 */
export const independentMember = (memberId: string, person: string): Cooption => ({
  memberId,
  person,
  independent: true,
  councillorOfArea: false,
  isCommissioner: false,
  disqualifyingRoles: [],
});
