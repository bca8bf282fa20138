// Every screen of the workbench, in the order of the navigation.
import home from './home.js';
import search from './search.js';
import household from './household.js';
import networkMap from './network-map.js';
import gaps from './gaps.js';
import loans from './loans.js';
import report from './report.js';
import admin from './admin.js';

export default [home, search, household, networkMap, gaps, loans, report, admin];
