/**
 * Written labels for everything a person reads: events, fields, roles, classifications,
 * deadline statuses, and the Acts and Orders cited. Each process folder exports its own
 * `ProcessLabels` beside its events; `../labels.ts` gathers them. Pure: no I/O.
 *
 * Plain words are the rule on every page, PDF and CSV a complainant or a committee
 * reads: no enum codes, slugs, JSON or internal document references.
 */
import { POLICE_AREAS, policeArea } from './police-areas';

export interface ProcessLabels {
  aggregateType: string;
  /** The process in a few plain words, e.g. "Precept (the police part of council tax)". */
  name: string;
  /** Case status (the state's `status`) → plain words. Each process lists every status its state can hold. */
  statuses?: Record<string, string>;
  /** Stored event type → what happened, as a short sentence without a full stop. */
  events: Record<string, string>;
  /** Data field → label, for fields this process alone uses. */
  fields?: Record<string, string>;
  /** Enum value → plain words, for values this process alone uses. */
  values?: Record<string, string>;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2013-03-31" → "31 March 2013". Anything that is not an ISO date is returned as given. */
export function longDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

export const ROLE_LABELS: Record<string, string> = {
  'pcc-office': 'Office of the Police and Crime Commissioner',
  'panel-secretariat': 'Police and Crime Panel secretariat',
  'csp-officer': 'Community Safety Partnership officer',
  'scrutiny-officer': 'Scrutiny officer',
  auditor: 'Auditor',
  admin: 'Administrator',
  system: 'The ledger itself',
};

export const DEADLINE_STATUS_LABELS: Record<string, string> = {
  met: 'Met',
  late: 'Late',
  no_record: 'No record',
  missed: 'Missed',
  outstanding: 'Outstanding',
  not_yet_due: 'Not yet due',
};

/** Case status words the deciders use, in plain English. */
export const CASE_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  closed: 'Closed',
  unknown: 'Not known',
};

/** Who must act on a deadline. */
export const OWNER_LABELS: Record<string, string> = {
  pcc: 'Police and Crime Commissioner',
  dpcc: 'Deputy Police and Crime Commissioner',
  panel: 'Police and Crime Panel',
  csp: 'Community Safety Partnership',
  councils: 'Councils of the area',
  'chief-constable': 'Chief constable',
  'secretary-of-state': 'Home Secretary',
};

/** "open" → Open; "exempt:1,2" → Exempt (Schedule 12A ... paragraphs 1, 2); "personal" → Personal data. */
export function classificationLabel(c: string | null | undefined): string {
  if (!c || c === 'open') return 'Open to the public';
  if (c.startsWith('exempt')) {
    const paras = c.slice(7).split(',').filter(Boolean);
    const which = paras.length ? `, ${paras.length > 1 ? 'paragraphs' : 'paragraph'} ${paras.join(', ')}` : '';
    return `Exempt from publication (Local Government Act 1972, Schedule 12A${which})`;
  }
  if (c === 'personal') return 'Personal data';
  return 'Restricted';
}

/** Acts and Orders cited in short form, with their full titles. */
const LEGISLATION: Array<{ short: string; title: string }> = [
  { short: 'PRSRA 2011', title: 'Police Reform and Social Responsibility Act 2011' },
  { short: 'CDA 1998', title: 'Crime and Disorder Act 1998' },
  { short: 'LGA 1972', title: 'Local Government Act 1972' },
  { short: 'LGFA 1992', title: 'Local Government Finance Act 1992' },
  {
    short: 'SI 2012/2271',
    title: 'Police and Crime Panels (Precepts and Chief Constable Appointments) Regulations 2012',
  },
  { short: 'SI 2012/62', title: 'Elected Local Policing Bodies (Complaints and Misconduct) Regulations 2012' },
  {
    short: 'SI 2012/2734',
    title: 'Police and Crime Panels (Application of Local Authority Enactments) Regulations 2012',
  },
  { short: 'SI 2011/3050', title: 'Elected Local Policing Bodies (Specified Information) Order 2011' },
  {
    short: 'SI 2012/2892',
    title:
      'Police Reform and Social Responsibility Act 2011 (Commencement No. 7 and Transitional Provisions and Commencement No. 3 and Transitional Provisions (Amendment)) Order 2012',
  },
  {
    short: 'SI 2012/2660',
    title: 'Crime and Disorder (Formulation and Implementation of Strategy) (Amendment) Regulations 2012',
  },
  {
    short: 'SI 2012/1433',
    title: 'Police and Crime Panels (Nominations, Appointments and Notifications) Regulations 2012',
  },
  { short: 'SI 2012/1464', title: 'Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012' },
];

const ABBREVIATED_WORDS: Array<[RegExp, string]> = [
  [/\bSchs?\b\.?/g, 'Schedule'],
  [/\bparas\b/g, 'paragraphs'],
  [/\bpara\b/g, 'paragraph'],
  [/\bregs\b/g, 'regulations'],
  [/\breg\b/g, 'regulation'],
  [/\bss\.\s?/g, 'sections '],
  [/\bs\.\s?(?=\d)/g, 'section '],
  [/\barts?\b(?=\s\d)/g, 'article'],
];

/**
 * A citation in plain words. Internal references to this project's own design papers
 * are dropped; rules of this ledger's own record-keeping are said to be so. With
 * `seen`, each Act or Order is given its full title the first time it appears (the
 * short form in brackets), and only the short form after that.
 */
export function plainCitation(citation: string | null | undefined, seen?: Set<string>): string {
  if (!citation) return 'None recorded';
  let s = citation
    .replace(/\s*\((?:[A-Z]+\.md)[^)]*\)/g, '')
    .replace(/;?\s*[A-Z]+\.md\s*§[\w.\s]*/g, '')
    .replace(/Governance Ledger record-keeping/g, "this ledger's record-keeping rules (not a statutory duty)")
    .replace(/Governance Ledger process model/g, "this ledger's model of the process (not a statutory duty)");
  for (const { short, title } of LEGISLATION) {
    if (!s.includes(short)) continue;
    const first = seen && !seen.has(short);
    seen?.add(short);
    s = s.replace(short, first || !seen ? `${title} (${short})` : short);
  }
  for (const [re, word] of ABBREVIATED_WORDS) s = s.replace(re, word);
  return s.trim();
}

/** Field labels shared by several processes; a process adds its own in its labels file. */
export const COMMON_FIELD_LABELS: Record<string, string> = {
  forceArea: 'Police area',
  policeArea: 'Police area',
  policeAreas: 'Police areas',
  areas: 'Local authority areas',
  financialYear: 'Financial year',
  url: 'Published at',
  recommendations: 'Recommendations',
  recommendedAmount: 'Amount recommended',
  amount: 'Amount',
  reason: 'Reason',
  reasons: 'Reasons',
  candidate: 'Candidate',
  candidateRole: 'Post',
  person: 'Person',
  role: 'Post',
  votesFor: 'Votes for',
  membersAtTime: 'Members of the panel on the day',
  requiredVotes: 'Votes needed',
  containsVeto: 'Includes a veto',
  recommend: 'Recommends appointment',
  inPublic: 'Held in public',
  appearance: 'Attendance of the candidate',
  meetingRef: 'Meeting',
  meetingDate: 'Meeting date',
  documentRef: 'Document',
  agreementRef: 'Agreement',
  title: 'Title',
  description: 'Description',
  name: 'Name',
  panel: 'Police and Crime Panel',
  pcc: 'Police and Crime Commissioner',
  access: 'Access',
  exemptParas: 'Schedule 12A paragraphs relied on',
  purpose: 'Purpose',
  publicInterestReason: 'Public interest reason',
  period: 'Period',
  venue: 'Venue',
  note: 'Note',
  author: 'Author',
  councils: 'Councils',
  country: 'Country',
  responsibleAuthorities: 'Responsible authorities',
  interestsGrounds: 'In the interests of',
  agreedBy: 'Agreed by',
  variation: 'Variation',
  parties: 'Parties',
  dueOn: 'Due on',
  stage: 'Stage',
  item: 'Agenda item',
  items: 'Agenda items',
  memberId: 'Member',
  commitments: 'Personal data (held apart from the log)',
  subjectId: 'Person the data is about',
  authority: 'Authority',
  // Dates, by the usual suffix.
  madeOn: 'Made on',
  publishedOn: 'Published on',
  notifiedOn: 'Notified on',
  sentOn: 'Sent on',
  heldOn: 'Held on',
  issuedOn: 'Issued on',
  appointedOn: 'Appointed on',
  requestedOn: 'Requested on',
  receivedOn: 'Received on',
  recordedOn: 'Recorded on',
  decidedOn: 'Decided on',
  endedOn: 'Ended on',
  draftedOn: 'Drafted on',
  adoptedOn: 'Adopted on',
  // Corrections (every process).
  correctsEventId: 'Corrects the record of',
  field: 'Field corrected',
  oldValue: 'Recorded as',
  newValue: 'Corrected to',
};

export const COMMON_VALUE_LABELS: Record<string, string> = {
  england: 'England',
  wales: 'Wales',
  open: 'Open',
  exempt: 'Exempt',
  for_decision: 'For decision',
  for_information: 'For information',
  for_noting: 'For noting',
  first: 'First',
  second: 'Second',
  in_person: 'In person',
  PCC: 'the Police and Crime Commissioner',
  DPCC: 'the Deputy Police and Crime Commissioner',
};

/** A stored key in words, when no label is written: "referralDueOn" → "Referral due on". */
export function wordsOf(key: string): string {
  const s = key
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .toLowerCase()
    .replace(/\b(ipcc|iopc|pcc|dpcc|pcp|csp)\b/g, (a) => a.toUpperCase());
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function sterling(n: number): string {
  return `£${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

const AMOUNT_FIELDS = new Set(['amount', 'recommendedAmount']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** Labels for values: the process's own, then the shared ones, then the words of the code. */
export interface ValueWords {
  field(key: string): string;
  value(code: string): string;
}

/**
 * Any recorded value in plain words: dates long, money in pounds, yes or no, lists
 * joined, a roster counted, personal data never shown, nested records as "label: value".
 */
export function plainValue(key: string, v: unknown, words: ValueWords): string {
  if (v === null || v === undefined || v === '') return 'none';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (typeof v === 'number') return AMOUNT_FIELDS.has(key) ? sterling(v) : String(v);
  if (typeof v === 'string') {
    if (ISO_DATE.test(v)) return longDate(v);
    // A reference to a police area, a body or another case: in words, never as a slug.
    if (/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(v))
      return policeArea(v) ? areaWords(v) : /-(pcc|pcp|csp|cc)$/.test(v) ? bodyName(v) : caseName(v);
    if (/^[a-z0-9]+(_[a-z0-9]+)+$|^[a-z]+$/.test(v) || /^[A-Z]{2,5}$/.test(v)) return words.value(v);
    return v;
  }
  if (Array.isArray(v)) {
    if (v.length === 0) return 'none';
    if (v.every((x) => x && typeof x === 'object' && 'memberId' in x))
      return `${v.length} ${v.length === 1 ? 'member' : 'members'}: ${v.map((m) => String((m as { name?: unknown }).name ?? 'a member')).join(', ')}`;
    return v.map((x) => plainValue(key, x, words)).join('; ');
  }
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('$personal' in o || ('subjectId' in o && 'commitments' in o))
      return 'Personal data, held apart from the log and shown only to those entitled to it';
    return Object.entries(o)
      .map(([k, x]) => `${words.field(k)}: ${plainValue(k, x, words)}`)
      .join('; ');
  }
  return String(v);
}

const SMALL_WORDS = new Set(['and', 'of', 'the', 'upon', 'on']);

/** A police area's name: "dyfed-powys" → "Dyfed-Powys"; a slug not on the list in words. */
export function areaWords(slug: string): string {
  const known = policeArea(slug);
  if (known) return known.name;
  return slug
    .split('-')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

const BODY_SUFFIXES: Array<[string, string]> = [
  ['-pcc', 'Police and Crime Commissioner'],
  ['-pcp', 'Police and Crime Panel'],
  ['-csp', 'Community Safety Partnership'],
  ['-cc', 'Chief Constable'],
];

/** A body's id in words: "kent-and-medway-pcp" → "Kent and Medway Police and Crime Panel". */
export function bodyName(id: string | null | undefined): string {
  if (!id) return '';
  if (id === 'home-office') return 'Home Office';
  if (id === 'secretary-of-state') return 'Home Secretary';
  for (const [suffix, words] of BODY_SUFFIXES)
    if (id.endsWith(suffix) && id.length > suffix.length) return `${areaWords(id.slice(0, -suffix.length))} ${words}`;
  return areaWords(id);
}

const CASE_WORDS: Record<string, string> = {
  pcc: 'Commissioner',
  dpcc: 'Deputy Commissioner',
  pcp: 'Panel',
  csp: 'Partnership',
  cc: 'Chief Constable',
  asb: 'Antisocial Behaviour',
};

/** A case reference read aloud: "synthetic-northshire-2014-15" → "Synthetic Northshire 2014-15". */
export function caseName(caseId: string | null | undefined): string {
  if (!caseId) return '';
  const words = (id: string) =>
    id
      .split(/(?<=[a-z])-|-(?=[a-z])/)
      .filter(Boolean)
      .map((w) => CASE_WORDS[w] ?? (SMALL_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
      .join(' ');
  // A case named after its police area keeps the area's own name ("Dyfed-Powys 2014-15").
  const area = POLICE_AREAS.filter((a) => caseId === a.slug || caseId.startsWith(`${a.slug}-`)).sort(
    (a, b) => b.slug.length - a.slug.length,
  )[0];
  if (area) return [area.name, words(caseId.slice(area.slug.length + 1))].filter(Boolean).join(' ');
  return words(caseId);
}
