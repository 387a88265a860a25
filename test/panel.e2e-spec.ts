import { panelSuite } from './panel.suite';

panelSuite('sqlite');
