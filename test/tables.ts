// Tables for tests of core and dom, built as the entries build theirs: the browser's (phone metadata of the
// regions up front, per-country entries loaded from src/data) and Node's (libphonenumber-js's max set).
import MAX from 'libphonenumber-js/metadata.max.json';
import CORE from '../src/data/phone-metadata-core.js';
import loadPhoneChunk from '../src/data/load-phone.js';
import { PHONE_MESSAGES } from '../src/locales/phone.js';
import { createPhoneData, type PhoneData } from '../src/core/phone/phoneData.js';
import type { SaisieData } from '../src/core/data.js';
import type { DataLoader } from '../src/core/types.js';

/** The data loader of the npm package's `saisie/data`, for src/data's modules. */
export const loadData: DataLoader = (kind, key) => (kind === 'phone' ? loadPhoneChunk(key) : Promise.resolve(undefined));
/** A fresh browser phone configuration, with its loader. */
export const browserPhone = (): PhoneData => createPhoneData(CORE, { messages: PHONE_MESSAGES, load: loadData });
/** A Node phone configuration: every region, with number types. */
export const maxPhone = (): PhoneData => createPhoneData(MAX, { complete: true, messages: PHONE_MESSAGES });
/** Fresh browser tables for attach. */
export const browserTables = (): SaisieData => ({ phone: browserPhone() });
