import { witnessSuite } from './witness.suite';

witnessSuite('sqlite');
