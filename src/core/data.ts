// The tables one configuration of saisie works with. Core keeps none: an entry (`saisie`, `saisie/node`, the script
// tag) builds one with the `create*Data` functions and hands it to the rules, the role table and `attach`.
import type { PhoneData } from './phone/phoneData.js';

/** The tables of one saisie configuration. */
export interface SaisieData {
  phone: PhoneData;
}
