// The keys of every lazy table saisie ships, by kind, for loaders that must refuse anything else (the script tag's
// fetch). Phone keys are the regions of the calling-code table of the metadata in use. Licence: MIT (this project).
// Regenerate: edit by hand with src/data/load-*.ts; a test checks they agree.

/** Lazy table keys by kind, other than phone regions. */
export const DATA_KEYS: Readonly<Record<string, readonly string[]>> = {
  'first-names': ['de', 'en', 'es', 'fr', 'it', 'pt'],
  'country-names': ['de', 'en', 'es', 'fr', 'it', 'pt'],
  disposable: ['all'],
  subregions: ['AE', 'AM', 'AR', 'AU', 'BR', 'BS', 'CA', 'CL', 'CN', 'CU', 'CV', 'EG', 'ES', 'HK', 'ID', 'IE', 'IN', 'IR', 'IT', 'JM', 'JP', 'KN', 'KP', 'KR', 'KY', 'MX', 'MY', 'MZ', 'NG', 'NI', 'NR', 'PE', 'PH', 'RU', 'SO', 'SR', 'SV', 'TH', 'TR', 'TV', 'TW', 'UA', 'US', 'UY', 'VE', 'VN'],
  'fr-postal': ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54', '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72', '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '83', '84', '85', '86', '87', '88', '89', '90', '91', '92', '93', '94', '95', '971', '972', '973', '974', '975', '976'],
};
