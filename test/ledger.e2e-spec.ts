import { ledgerSuite } from './ledger.suite';

ledgerSuite('sqlite');
