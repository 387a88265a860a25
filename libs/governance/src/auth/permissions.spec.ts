import { ACT_CATALOGUE } from '@ledger/domain';
import { API_ROLES } from './api-keys';
import { mayExecute, rolesFor } from './permissions';

describe('Who may record an act, from the body that performs it', () => {
  const allowed = (type: string) => API_ROLES.filter((r) => mayExecute(r, type)).sort();

  it('lets the acting body’s office and admin record its acts', () => {
    expect(allowed('VetoProposedPrecept')).toEqual(['admin', 'panel-secretariat']);
    expect(allowed('NotifyProposedPrecept')).toEqual(['admin', 'pcc-office']);
    expect(allowed('SubmitReport')).toEqual(['admin', 'csp-officer']);
  });

  it('leaves a national body’s acts and the ledger’s own to admin', () => {
    expect(allowed('RecordReferralBack')).toEqual(['admin']);
    expect(allowed('CorrectRecord')).toEqual(['admin']);
    expect(allowed('ErasePersonalData')).toEqual(['admin']);
  });

  it('lets each office record an act received by whichever body gets it', () => {
    expect(allowed('RecordPanelReportResponse')).toEqual(['admin', 'panel-secretariat', 'pcc-office']);
    expect(allowed('DeclareRecordCoverage')).toEqual(['admin', 'csp-officer', 'panel-secretariat', 'pcc-office']);
  });

  it('never lets the reading roles record, and gives an unknown command to admin alone', () => {
    for (const type of Object.keys(ACT_CATALOGUE)) {
      expect(rolesFor(type)).toContain('admin');
      expect(rolesFor(type)).not.toContain('scrutiny-officer');
      expect(rolesFor(type)).not.toContain('auditor');
    }
    expect(rolesFor('NoSuchAct')).toEqual(['admin']);
  });
});
