import { preceptSuite } from './precept.suite';

preceptSuite('postgres');
