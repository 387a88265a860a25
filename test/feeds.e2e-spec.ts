import { feedsSuite } from './feeds.suite';

feedsSuite('sqlite');
