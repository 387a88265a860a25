/**
 * The decision register's fields read out of an event's data, whatever their exact spelling:
 * the projection and the register queries read decisions and publications the same way.
 */
export interface DecisionFields {
  significant: boolean | null;
  title: string | null;
  decisionRef: string | null;
  publishedOn: string | null;
}

const pick = (o: Record<string, unknown>, keys: string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k];
  return undefined;
};

/** Reads the register's fields out of a DecisionRecorded's data, whatever its exact spelling. */
export function decisionFields(data: Record<string, unknown>): DecisionFields {
  const sig = pick(data, ['significantPublicInterest', 'significant_public_interest', 'significant']);
  const title = pick(data, ['title', 'subject', 'summary', 'description']);
  const ref = pick(data, ['decisionId', 'decision_id', 'decisionRef', 'decision_ref', 'reference', 'ref']);
  const pub =
    data.publication && typeof data.publication === 'object' ? (data.publication as Record<string, unknown>) : {};
  const published =
    pick(data, ['publishedOn', 'published_on']) ?? pick(pub, ['publishedOn', 'published_on', 'date', 'on']);
  return {
    significant:
      typeof sig === 'boolean'
        ? sig
        : sig === 'true' || sig === 'yes'
          ? true
          : sig === 'false' || sig === 'no'
            ? false
            : null,
    title: typeof title === 'string' ? title : null,
    decisionRef: typeof ref === 'string' || typeof ref === 'number' ? String(ref) : null,
    publishedOn: typeof published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(published) ? published.slice(0, 10) : null,
  };
}

/** Which decision (event id or reference) a publication names, if any. */
export function publicationTarget(data: Record<string, unknown>): {
  isDecisionPublication: boolean;
  names: string | null;
} {
  const para = pick(data, ['orderPara', 'order_para', 'para']);
  const refKeys = [
    'decisionEventId',
    'decision_event_id',
    'decisionId',
    'decision_id',
    'decisionRef',
    'decision_ref',
    'recordEventId',
    'refersTo',
  ];
  const names = pick(data, refKeys);
  // When the event has a decision-reference field but it is empty, it publishes something
  // else (e.g. minutes under para 5, the decision register's publication of specified information).
  const hasRefField = refKeys.some((k) => k in data);
  const paraOk =
    para === undefined ||
    String(para)
      .replace(/^para\s*/i, '')
      .startsWith('5');
  const isDecisionPublication = paraOk && (!hasRefField || (names !== undefined && names !== ''));
  return {
    isDecisionPublication,
    names: typeof names === 'string' || typeof names === 'number' ? String(names) : null,
  };
}
