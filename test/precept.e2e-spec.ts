import { preceptSuite } from './precept.suite';

preceptSuite('sqlite');
