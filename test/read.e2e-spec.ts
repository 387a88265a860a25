import { readSuite } from './read.suite';

readSuite('sqlite');
