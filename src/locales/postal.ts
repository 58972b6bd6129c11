import type { Catalogs } from '../core/messages.js';

/** Messages of the postal-code rule, by language. */
export const POSTAL_MESSAGES: Catalogs = {
  en: {
    'postal.invalid': 'Enter a valid postal code, like {example}.',
    'postal.invalid#empty': 'Enter a postal code.',
    'postal.none': 'No postal code is used in this country.',
    'country.unknown': 'Choose a country from the list.',
  },
  fr: {
    'postal.invalid': 'Saisissez un code postal valide, comme {example}.',
    'postal.invalid#empty': 'Saisissez un code postal.',
    'postal.none': 'Ce pays n’utilise pas de code postal.',
    'country.unknown': 'Choisissez un pays dans la liste.',
  },
  de: {
    'postal.invalid': 'Geben Sie eine gültige Postleitzahl ein, z. B. {example}.',
    'postal.invalid#empty': 'Geben Sie eine Postleitzahl ein.',
    'postal.none': 'In diesem Land gibt es keine Postleitzahlen.',
    'country.unknown': 'Wählen Sie ein Land aus der Liste.',
  },
  es: {
    'postal.invalid': 'Introduzca un código postal válido, como {example}.',
    'postal.invalid#empty': 'Introduzca un código postal.',
    'postal.none': 'En este país no se usan códigos postales.',
    'country.unknown': 'Elija un país de la lista.',
  },
  it: {
    'postal.invalid': 'Inserisca un codice postale valido, come {example}.',
    'postal.invalid#empty': 'Inserisca un codice postale.',
    'postal.none': 'In questo paese non si usano codici postali.',
    'country.unknown': 'Scelga un paese dall’elenco.',
  },
};
