import { hardeningSuite } from './hardening.suite';

hardeningSuite('postgres');
