import { feedsSuite } from './feeds.suite';

feedsSuite('postgres');
