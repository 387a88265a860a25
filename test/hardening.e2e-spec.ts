import { hardeningSuite } from './hardening.suite';

hardeningSuite('sqlite');
