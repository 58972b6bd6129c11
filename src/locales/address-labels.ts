import type { Catalogs } from '../core/messages.js';

/**
 * Labels of the address fields laid out for a country (`getAddressLayout` keys), by language; `key@CC` is a
 * country's own word in that language (CAP in Italian for Italy, PLZ in German for Germany, Postcode in English for
 * the United Kingdom), used before the name type's.
 */
export const ADDRESS_LABELS: Catalogs = {
  en: {
    'label.addressLine1': 'Address', 'label.addressLine2': 'Address line 2',
    'label.postal.postal': 'Postal code', 'label.postal.postal@GB': 'Postcode', 'label.postal.postal@AU': 'Postcode', 'label.postal.postal@NZ': 'Postcode',
    'label.postal.zip': 'ZIP code', 'label.postal.pin': 'PIN code', 'label.postal.eircode': 'Eircode',
    'label.region.province': 'Province', 'label.region.state': 'State', 'label.region.county': 'County', 'label.region.department': 'Department',
    'label.region.prefecture': 'Prefecture', 'label.region.island': 'Island', 'label.region.parish': 'Parish', 'label.region.emirate': 'Emirate',
    'label.region.oblast': 'Oblast', 'label.region.area': 'Area', 'label.region.district': 'District', 'label.region.do_si': 'Province',
    'label.city.city': 'City', 'label.city.post_town': 'Town or city', 'label.city.suburb': 'Suburb', 'label.city.district': 'District',
    'label.sublocality.suburb': 'Suburb', 'label.sublocality.district': 'District', 'label.sublocality.neighborhood': 'Neighborhood',
    'label.sublocality.village_township': 'Village or township', 'label.sublocality.townland': 'Townland', 'label.sortingCode': 'Sorting code',
  },
  fr: {
    'label.addressLine1': 'Adresse', 'label.addressLine2': 'Complément d’adresse',
    'label.postal.postal': 'Code postal', 'label.postal.zip': 'Code postal', 'label.postal.pin': 'Code postal', 'label.postal.eircode': 'Eircode',
    'label.region.province': 'Province', 'label.region.state': 'État', 'label.region.county': 'Comté', 'label.region.department': 'Département',
    'label.region.prefecture': 'Préfecture', 'label.region.island': 'Île', 'label.region.parish': 'Paroisse', 'label.region.emirate': 'Émirat',
    'label.region.oblast': 'Oblast', 'label.region.area': 'Région', 'label.region.district': 'District', 'label.region.do_si': 'Province',
    'label.city.city': 'Ville', 'label.city.post_town': 'Ville', 'label.city.suburb': 'Localité', 'label.city.district': 'District',
    'label.sublocality.suburb': 'Quartier', 'label.sublocality.district': 'District', 'label.sublocality.neighborhood': 'Quartier',
    'label.sublocality.village_township': 'Village', 'label.sublocality.townland': 'Lieu-dit', 'label.sortingCode': 'Code de tri',
  },
  de: {
    'label.addressLine1': 'Adresse', 'label.addressLine2': 'Adresszusatz',
    'label.postal.postal': 'Postleitzahl', 'label.postal.postal@DE': 'PLZ', 'label.postal.postal@AT': 'PLZ', 'label.postal.postal@CH': 'PLZ', 'label.postal.postal@LI': 'PLZ',
    'label.postal.zip': 'ZIP-Code', 'label.postal.pin': 'PIN-Code', 'label.postal.eircode': 'Eircode',
    'label.region.province': 'Provinz', 'label.region.state': 'Bundesstaat', 'label.region.county': 'County', 'label.region.department': 'Departement',
    'label.region.prefecture': 'Präfektur', 'label.region.island': 'Insel', 'label.region.parish': 'Parish', 'label.region.emirate': 'Emirat',
    'label.region.oblast': 'Oblast', 'label.region.area': 'Gebiet', 'label.region.district': 'Bezirk', 'label.region.do_si': 'Provinz',
    'label.city.city': 'Ort', 'label.city.post_town': 'Ort', 'label.city.suburb': 'Ort', 'label.city.district': 'Bezirk',
    'label.sublocality.suburb': 'Ortsteil', 'label.sublocality.district': 'Bezirk', 'label.sublocality.neighborhood': 'Stadtteil',
    'label.sublocality.village_township': 'Dorf', 'label.sublocality.townland': 'Townland', 'label.sortingCode': 'Sortiercode',
  },
  es: {
    'label.addressLine1': 'Dirección', 'label.addressLine2': 'Piso, puerta, etc.',
    'label.postal.postal': 'Código postal', 'label.postal.zip': 'Código postal', 'label.postal.pin': 'Código postal', 'label.postal.eircode': 'Eircode',
    'label.region.province': 'Provincia', 'label.region.state': 'Estado', 'label.region.county': 'Condado', 'label.region.department': 'Departamento',
    'label.region.prefecture': 'Prefectura', 'label.region.island': 'Isla', 'label.region.parish': 'Parroquia', 'label.region.emirate': 'Emirato',
    'label.region.oblast': 'Óblast', 'label.region.area': 'Área', 'label.region.district': 'Distrito', 'label.region.do_si': 'Provincia',
    'label.city.city': 'Ciudad', 'label.city.post_town': 'Ciudad', 'label.city.suburb': 'Localidad', 'label.city.district': 'Distrito',
    'label.sublocality.suburb': 'Barrio', 'label.sublocality.district': 'Distrito', 'label.sublocality.neighborhood': 'Barrio', 'label.sublocality.neighborhood@MX': 'Colonia',
    'label.sublocality.village_township': 'Pueblo', 'label.sublocality.townland': 'Townland', 'label.sortingCode': 'Código de clasificación',
  },
  it: {
    'label.addressLine1': 'Indirizzo', 'label.addressLine2': 'Scala, interno, ecc.',
    'label.postal.postal': 'Codice postale', 'label.postal.postal@IT': 'CAP', 'label.postal.postal@SM': 'CAP', 'label.postal.postal@VA': 'CAP',
    'label.postal.zip': 'Codice ZIP', 'label.postal.pin': 'Codice PIN', 'label.postal.eircode': 'Eircode',
    'label.region.province': 'Provincia', 'label.region.state': 'Stato', 'label.region.county': 'Contea', 'label.region.department': 'Dipartimento',
    'label.region.prefecture': 'Prefettura', 'label.region.island': 'Isola', 'label.region.parish': 'Parrocchia', 'label.region.emirate': 'Emirato',
    'label.region.oblast': 'Oblast', 'label.region.area': 'Area', 'label.region.district': 'Distretto', 'label.region.do_si': 'Provincia',
    'label.city.city': 'Città', 'label.city.post_town': 'Città', 'label.city.suburb': 'Località', 'label.city.district': 'Distretto',
    'label.sublocality.suburb': 'Quartiere', 'label.sublocality.district': 'Distretto', 'label.sublocality.neighborhood': 'Quartiere',
    'label.sublocality.village_township': 'Villaggio', 'label.sublocality.townland': 'Townland', 'label.sortingCode': 'Codice di smistamento',
  },
};
