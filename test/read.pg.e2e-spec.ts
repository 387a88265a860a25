import { readSuite } from './read.suite';

readSuite('postgres');
