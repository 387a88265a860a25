import { KENT_ACTORS } from '@ledger/domain';
import { bodyFor } from './api-keys';

describe('Default body of a new key', () => {
  it("is the body the area's panel acts as in the record: one panel, one body id (Kent and Medway)", () => {
    expect(bodyFor('panel-secretariat', 'kent')).toBe(KENT_ACTORS.panel.body);
    expect(bodyFor('panel-secretariat', 'kent')).toBe('kent-and-medway-pcp');
    expect(bodyFor('panel-secretariat', 'essex')).toBe('essex-pcp');
    expect(bodyFor('pcc-office', 'kent')).toBe(KENT_ACTORS.opcc.body);
  });
});
