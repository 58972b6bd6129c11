// Node entry: every first-name table registered up front, so checkCivility needs no loading.
import de from '../data/first-names/de.js';
import en from '../data/first-names/en.js';
import es from '../data/first-names/es.js';
import fr from '../data/first-names/fr.js';
import it from '../data/first-names/it.js';
import pt from '../data/first-names/pt.js';
import { registerFirstNames } from '../core/civility/firstNameTables.js';

for (const [language, table] of Object.entries({ de, en, es, fr, it, pt })) registerFirstNames(language, table);
