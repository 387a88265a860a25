import { partnershipsSuite } from './partnerships.suite';

partnershipsSuite('sqlite');
