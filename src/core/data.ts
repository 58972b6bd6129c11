// The tables one configuration of saisie works with. Core keeps none: an entry (`saisie`, `saisie/node`, the script
// tag) builds one with the `create*Data` functions and hands it to the rules, the role table and `attach`.
import type { AddressData } from './address/getAddressFormat.js';
import type { CivilityData } from './civility/civilityData.js';
import type { CountryData } from './country/countryNames.js';
import type { EmailData } from './email/emailData.js';
import type { MessageBook } from './messages.js';
import type { PhoneData } from './phone/phoneData.js';
import type { FrPostalData } from './postal/frPostalData.js';

/** The tables of one saisie configuration. */
export interface SaisieData {
  phone: PhoneData;
  email: EmailData;
  civility: CivilityData;
  country: CountryData;
  address: AddressData;
  /** French postal codes ↔ communes, chunks loaded per département (optional: without it, no city check). */
  frPostal?: FrPostalData;
  /** The messages every rule's catalogs give way to (`registerMessages`). */
  book: MessageBook;
}
