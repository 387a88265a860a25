import { apiSuite } from './api.suite';

apiSuite('postgres');
