import { panelSuite } from './panel.suite';

panelSuite('postgres');
