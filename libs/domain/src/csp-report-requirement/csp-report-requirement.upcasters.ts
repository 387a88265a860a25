import type { Upcaster } from '../core/upcasting';

/**
 * ReportRequested v1 → v2: v2 names the other police areas whose PCCs make the
 * requirement jointly (CDA 1998 s.7(5)(b)). A v1 requirement was made by one PCC alone
 * and reads as such: no joint PCCs.
 */
export const upcastReportRequestedV1: Upcaster = (data) => ({ ...data, jointWith: data.jointWith ?? [] });
