import { statutorySuite } from './statutory.suite';

statutorySuite('postgres');
