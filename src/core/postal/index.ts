// Postal-code rule for every region of Google's address data.
export { checkPostalCode } from './checkPostalCode.js';
