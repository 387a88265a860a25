import { statutorySuite } from './statutory.suite';

statutorySuite('sqlite');
