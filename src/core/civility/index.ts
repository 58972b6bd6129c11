// Civility / first-name coherence.
export { checkCivility, type CivilityInput, type CivilityCheckOptions } from './checkCivility.js';
export { loadFirstNames } from './firstNameTables.js';
