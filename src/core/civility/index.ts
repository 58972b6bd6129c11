// Civility / first-name coherence, over a civility configuration.
export { checkCivility, getCivilityLanguage, type CivilityInput, type CivilityCheckOptions } from './checkCivility.js';
export { createCivilityData, loadFirstNames, type CivilityData, type CivilityDataOptions, type CivilityTable, type FirstNameTable } from './civilityData.js';
