/** The Kent panel's members on the record in February 2013 (see the police-and-crime-panel routes' examples). */
export const KENT_PANEL_FEB_2013 = [
  { memberId: 'm1', name: 'Councillor Mike Hill', kind: 'councillor' },
  { memberId: 'm2', name: 'Councillor B (Medway)', kind: 'councillor' },
  { memberId: 'm3', name: 'Councillor C (Ashford)', kind: 'councillor' },
  { memberId: 'm11', name: 'Mr Gurvinder Sandher', kind: 'coopted' },
];
