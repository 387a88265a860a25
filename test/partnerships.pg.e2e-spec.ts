import { partnershipsSuite } from './partnerships.suite';

partnershipsSuite('postgres');
