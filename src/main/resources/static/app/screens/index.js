// Every screen of the workbench, in the order of the navigation.
import search from './search.js';
import networkMap from './network-map.js';
import gaps from './gaps.js';
import report from './report.js';

export default [search, networkMap, gaps, report];
