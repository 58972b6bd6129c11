// The browser entries' default tables: libphonenumber-js metadata of the regions a European form meets most, up
// front; more arrive through the data loader that `setDataLoader` (npm) or the script tag (fetch) sets.
import PHONE_CORE from './data/phone-metadata-core.js';
import { PHONE_MESSAGES } from './locales/phone.js';
import type { SaisieData } from './core/data.js';
import { createPhoneData } from './core/phone/phoneData.js';

/** The tables `saisie`'s browser entry binds. */
export const tables: SaisieData = { phone: /* @__PURE__ */ createPhoneData(PHONE_CORE, { messages: PHONE_MESSAGES }) };
