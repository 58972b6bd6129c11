import type { Catalogs } from '../core/messages.js';

/** Messages of the phone rule, by language. */
export const PHONE_MESSAGES: Catalogs = {
  en: {
    'phone.country-needed': 'Is this number from another country? Add its country code, like +44.',
    'phone.unchecked': 'This number could not be checked yet.',
    'phone.invalid': 'Enter a valid phone number.',
    'phone.invalid#empty': 'Enter a phone number.',
    'phone.invalid#too-short': 'This phone number is too short.',
    'phone.invalid#too-long': 'This phone number is too long.',
    'phone.invalid#not-a-number': 'A phone number has only digits, spaces and + ( ) - .',
    'phone.invalid#invalid-country': 'Start with the country code, like +33 for France.',
  },
  fr: {
    'phone.country-needed': 'Ce numéro est-il d’un autre pays ? Ajoutez son indicatif, comme +33.',
    'phone.unchecked': 'Ce numéro n’a pas encore pu être vérifié.',
    'phone.invalid': 'Saisissez un numéro de téléphone valide.',
    'phone.invalid#empty': 'Saisissez un numéro de téléphone.',
    'phone.invalid#too-short': 'Ce numéro de téléphone est trop court.',
    'phone.invalid#too-long': 'Ce numéro de téléphone est trop long.',
    'phone.invalid#not-a-number': 'Un numéro de téléphone ne contient que des chiffres, des espaces et + ( ) - .',
    'phone.invalid#invalid-country': 'Commencez par l’indicatif du pays, comme +33 pour la France.',
  },
  de: {
    'phone.country-needed': 'Ist das eine Nummer aus einem anderen Land? Fügen Sie die Landesvorwahl hinzu, z. B. +49.',
    'phone.unchecked': 'Diese Nummer konnte noch nicht geprüft werden.',
    'phone.invalid': 'Geben Sie eine gültige Telefonnummer ein.',
    'phone.invalid#empty': 'Geben Sie eine Telefonnummer ein.',
    'phone.invalid#too-short': 'Diese Telefonnummer ist zu kurz.',
    'phone.invalid#too-long': 'Diese Telefonnummer ist zu lang.',
    'phone.invalid#invalid-country': 'Beginnen Sie mit der Landesvorwahl, z. B. +49 für Deutschland.',
  },
  es: {
    'phone.country-needed': '¿Es un número de otro país? Añada su prefijo, como +34.',
    'phone.unchecked': 'Todavía no se ha podido comprobar este número.',
    'phone.invalid': 'Introduzca un número de teléfono válido.',
    'phone.invalid#empty': 'Introduzca un número de teléfono.',
    'phone.invalid#too-short': 'Este número de teléfono es demasiado corto.',
    'phone.invalid#too-long': 'Este número de teléfono es demasiado largo.',
    'phone.invalid#invalid-country': 'Empiece por el prefijo del país, como +34 para España.',
  },
  it: {
    'phone.country-needed': 'È un numero di un altro paese? Aggiunga il prefisso, come +39.',
    'phone.unchecked': 'Non è stato ancora possibile verificare questo numero.',
    'phone.invalid': 'Inserisca un numero di telefono valido.',
    'phone.invalid#empty': 'Inserisca un numero di telefono.',
    'phone.invalid#too-short': 'Questo numero di telefono è troppo corto.',
    'phone.invalid#too-long': 'Questo numero di telefono è troppo lungo.',
    'phone.invalid#invalid-country': 'Inizi con il prefisso internazionale, come +39 per l’Italia.',
  },
};
