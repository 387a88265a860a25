/**
 * The police areas of England and Wales that have a Police and Crime Commissioner (or a
 * mayor with the commissioner's functions), by name. London's two forces are left out:
 * their oversight is not under PRSRA 2011 Part 1 Chapter 1 in the same way (DOMAIN.md §8).
 */
export interface PoliceArea {
  slug: string;
  name: string;
  country: 'england' | 'wales';
  /** The body id of the area's Police and Crime Panel, where its name is not "<area> Police and Crime Panel". */
  panelBody?: string;
}

const E = 'england' as const;
const W = 'wales' as const;

export const POLICE_AREAS: readonly PoliceArea[] = [
  { slug: 'avon-and-somerset', name: 'Avon and Somerset', country: E },
  { slug: 'bedfordshire', name: 'Bedfordshire', country: E },
  { slug: 'cambridgeshire', name: 'Cambridgeshire', country: E },
  { slug: 'cheshire', name: 'Cheshire', country: E },
  { slug: 'cleveland', name: 'Cleveland', country: E },
  { slug: 'cumbria', name: 'Cumbria', country: E },
  { slug: 'derbyshire', name: 'Derbyshire', country: E },
  { slug: 'devon-and-cornwall', name: 'Devon and Cornwall', country: E },
  { slug: 'dorset', name: 'Dorset', country: E },
  { slug: 'durham', name: 'Durham', country: E },
  { slug: 'dyfed-powys', name: 'Dyfed-Powys', country: W },
  { slug: 'essex', name: 'Essex', country: E },
  { slug: 'gloucestershire', name: 'Gloucestershire', country: E },
  { slug: 'greater-manchester', name: 'Greater Manchester', country: E },
  { slug: 'gwent', name: 'Gwent', country: W },
  { slug: 'hampshire', name: 'Hampshire and the Isle of Wight', country: E },
  { slug: 'hertfordshire', name: 'Hertfordshire', country: E },
  { slug: 'humberside', name: 'Humberside', country: E },
  // The panel is the Kent and Medway Police and Crime Panel (seed papers S1-S4).
  { slug: 'kent', name: 'Kent', country: E, panelBody: 'kent-and-medway-pcp' },
  { slug: 'lancashire', name: 'Lancashire', country: E },
  { slug: 'leicestershire', name: 'Leicestershire', country: E },
  { slug: 'lincolnshire', name: 'Lincolnshire', country: E },
  { slug: 'merseyside', name: 'Merseyside', country: E },
  { slug: 'norfolk', name: 'Norfolk', country: E },
  { slug: 'north-wales', name: 'North Wales', country: W },
  { slug: 'north-yorkshire', name: 'North Yorkshire', country: E },
  { slug: 'northamptonshire', name: 'Northamptonshire', country: E },
  { slug: 'northumbria', name: 'Northumbria', country: E },
  { slug: 'nottinghamshire', name: 'Nottinghamshire', country: E },
  { slug: 'south-wales', name: 'South Wales', country: W },
  { slug: 'south-yorkshire', name: 'South Yorkshire', country: E },
  { slug: 'staffordshire', name: 'Staffordshire', country: E },
  { slug: 'suffolk', name: 'Suffolk', country: E },
  { slug: 'surrey', name: 'Surrey', country: E },
  { slug: 'sussex', name: 'Sussex', country: E },
  { slug: 'thames-valley', name: 'Thames Valley', country: E },
  { slug: 'warwickshire', name: 'Warwickshire', country: E },
  { slug: 'west-mercia', name: 'West Mercia', country: E },
  { slug: 'west-midlands', name: 'West Midlands', country: E },
  { slug: 'west-yorkshire', name: 'West Yorkshire', country: E },
  { slug: 'wiltshire', name: 'Wiltshire', country: E },
];

const BY_SLUG = new Map(POLICE_AREAS.map((a) => [a.slug, a]));

export function policeArea(slug: string | null | undefined): PoliceArea | undefined {
  return slug ? BY_SLUG.get(slug) : undefined;
}

/** A name typed by a person ("Avon and Somerset", "avon & somerset", "Dyfed Powys") → the area. */
export function findPoliceArea(text: string): PoliceArea | undefined {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/[^a-z]+/g, ' ')
      .replace(/\b(police|and crime|commissioner|area)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const t = norm(text);
  if (!t) return undefined;
  return POLICE_AREAS.find((a) => norm(a.name) === t || norm(a.slug) === t || norm(a.name).startsWith(`${t} and the`));
}

/** The body id a panel of this area acts as: one panel, one id, in keys and in the demo alike. */
export function panelBodyOf(slug: string): string {
  return policeArea(slug)?.panelBody ?? `${slug}-pcp`;
}
