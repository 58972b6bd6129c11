// Tables for tests of core and dom, built as the entries build theirs (createTables): the browser's (phone metadata
// of the regions up front, lazy tables loaded through saisie/data's loader) and Node's (libphonenumber-js's max set).
import MAX from 'libphonenumber-js/metadata.max.json';
import { loadData } from '../src/data/index.js';
import { createTables } from '../src/defaults.js';
import type { PhoneData } from '../src/core/phone/phoneData.js';
import type { EmailData } from '../src/core/email/emailData.js';
import type { CivilityData } from '../src/core/civility/civilityData.js';
import type { SaisieData } from '../src/core/data.js';

export { loadData };
/** Fresh browser tables, with saisie/data's loader. */
export const browserTables = (): SaisieData => createTables({ load: loadData });
/** A fresh browser phone configuration, with its loader. */
export const browserPhone = (): PhoneData => browserTables().phone;
/** A Node phone configuration: every region, with number types. */
export const maxPhone = (): PhoneData => createTables({ phoneMetadata: MAX, completePhone: true }).phone;
/** A fresh email configuration with saisie's tables and loader. */
export const emailData = (): EmailData => browserTables().email;
/** A fresh civility configuration (first names loaded through the loader). */
export const civilityData = (): CivilityData => browserTables().civility;
