import { witnessSuite } from './witness.suite';

witnessSuite('postgres');
