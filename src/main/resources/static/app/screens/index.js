// Every screen of the workbench, in the order of the navigation.
import search from './search.js';

export default [search];
