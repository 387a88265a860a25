/**
 * One request example of a command operation: the body as sent and the path parameters
 * that place it. Each process's examples are one lawful scenario, in the order a real case
 * would record them, so every example works when sent as written (test/openapi-examples).
 */
export interface ExampleStep {
  /** The operationId the example belongs to. */
  op: string;
  /** The example's name in the document, unique within its operation. */
  name: string;
  summary: string;
  params: Record<string, string>;
  value: Record<string, unknown>;
  /**
   * The key that records it, when not the acting body's own key for the case's area: for
   * example the Essex PCC's entry into a merger whose case Kent holds, recorded with a
   * national administrator's key (force area '*').
   */
  recordedBy?: { role: 'pcc-office' | 'panel-secretariat' | 'csp-officer' | 'scrutiny-officer' | 'auditor' | 'admin'; forceArea: string };
}
