import type { Catalogs } from '../core/messages.js';

/** Messages of a verifier's verdicts (saisie-server, createHttpVerifier), by language. */
export const VERIFY_MESSAGES: Catalogs = {
  en: {
    'email.no_mx': 'No mail server receives email at {domain}: check the address.',
    'email.null_mx': '{domain} receives no email: use another address.',
    'email.no_domain': 'The domain {domain} does not exist: check the part after the @.',
    'phone.type_mismatch': 'This number is not of the kind asked for.',
    'phone.type_mismatch#mobile': 'This is not a mobile number: enter a mobile number.',
    'phone.type_mismatch#fixed-line': 'This is a mobile number: enter a landline number.',
    'address.not_found': 'This address could not be found: check the number, the street and the postal code.',
  },
  fr: {
    'email.no_mx': 'Aucun serveur de messagerie ne reçoit les e-mails de {domain} : vérifiez l’adresse.',
    'email.null_mx': '{domain} ne reçoit aucun e-mail : indiquez une autre adresse.',
    'email.no_domain': 'Le domaine {domain} n’existe pas : vérifiez la partie après l’arobase.',
    'phone.type_mismatch': 'Ce numéro n’est pas du type demandé.',
    'phone.type_mismatch#mobile': 'Ce numéro n’est pas un mobile : indiquez un numéro de mobile.',
    'phone.type_mismatch#fixed-line': 'Ce numéro est un mobile : indiquez un numéro de fixe.',
    'address.not_found': 'Cette adresse est introuvable : vérifiez le numéro, la voie et le code postal.',
  },
  de: {
    'email.no_mx': 'Kein Mailserver empfängt E-Mails für {domain}: Bitte prüfen Sie die Adresse.',
    'email.null_mx': '{domain} empfängt keine E-Mails: Bitte geben Sie eine andere Adresse an.',
    'email.no_domain': 'Die Domain {domain} gibt es nicht: Bitte prüfen Sie den Teil nach dem @.',
    'phone.type_mismatch': 'Diese Nummer ist nicht von der verlangten Art.',
    'phone.type_mismatch#mobile': 'Das ist keine Mobilnummer: Bitte geben Sie eine Mobilnummer an.',
    'phone.type_mismatch#fixed-line': 'Das ist eine Mobilnummer: Bitte geben Sie eine Festnetznummer an.',
    'address.not_found': 'Diese Adresse wurde nicht gefunden: Bitte prüfen Sie Hausnummer, Straße und Postleitzahl.',
  },
  es: {
    'email.no_mx': 'Ningún servidor de correo recibe mensajes en {domain}: compruebe la dirección.',
    'email.null_mx': '{domain} no recibe correo: indique otra dirección.',
    'email.no_domain': 'El dominio {domain} no existe: compruebe la parte tras la @.',
    'phone.type_mismatch': 'Este número no es del tipo solicitado.',
    'phone.type_mismatch#mobile': 'No es un número de móvil: indique un número de móvil.',
    'phone.type_mismatch#fixed-line': 'Es un número de móvil: indique un número fijo.',
    'address.not_found': 'No se encuentra esta dirección: compruebe el número, la calle y el código postal.',
  },
  it: {
    'email.no_mx': 'Nessun server di posta riceve email per {domain}: controlli l’indirizzo.',
    'email.null_mx': '{domain} non riceve email: indichi un altro indirizzo.',
    'email.no_domain': 'Il dominio {domain} non esiste: controlli la parte dopo la @.',
    'phone.type_mismatch': 'Questo numero non è del tipo richiesto.',
    'phone.type_mismatch#mobile': 'Non è un numero di cellulare: indichi un numero di cellulare.',
    'phone.type_mismatch#fixed-line': 'È un numero di cellulare: indichi un numero fisso.',
    'address.not_found': 'Questo indirizzo non è stato trovato: controlli il numero civico, la via e il CAP.',
  },
};
