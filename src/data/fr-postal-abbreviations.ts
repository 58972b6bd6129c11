// La Poste's official abbreviations of street types and common words (as listed with AFNOR NF Z10-011 and
// the Service National de l'Adresse). Hand-curated (no npm package carries them); licence: MIT (this project).
// Regenerate: edit by hand, upper case without accents.

/** Word → abbreviation, applied only when an address line exceeds 38 characters. */
export const FR_POSTAL_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ALLEE: 'ALL', AVENUE: 'AV', BOULEVARD: 'BD', CARREFOUR: 'CAR', CHAUSSEE: 'CHS', CHEMIN: 'CHE', CITE: 'CITE', CLOS: 'CLOS',
  CORNICHE: 'COR', COURS: 'CRS', DOMAINE: 'DOM', DESCENTE: 'DSC', ESPLANADE: 'ESP', FAUBOURG: 'FG', GRANDE: 'GDE', GRAND: 'GD',
  HAMEAU: 'HAM', IMPASSE: 'IMP', LIEUDIT: 'LD', LOTISSEMENT: 'LOT', MONTEE: 'MTE', PASSAGE: 'PAS', PLACE: 'PL', PLATEAU: 'PLT',
  PROMENADE: 'PROM', QUAI: 'QUAI', QUARTIER: 'QUA', RESIDENCE: 'RES', ROND: 'RD', ROUTE: 'RTE', RUELLE: 'RLE', SENTIER: 'SEN',
  SQUARE: 'SQ', TRAVERSE: 'TRA', VILLA: 'VLA', VILLAGE: 'VLGE', BATIMENT: 'BAT', ESCALIER: 'ESC', APPARTEMENT: 'APP',
  IMMEUBLE: 'IMM', ETAGE: 'ETG', SAINT: 'ST', SAINTE: 'STE', GENERAL: 'GAL', MARECHAL: 'MAL', PRESIDENT: 'PDT', DOCTEUR: 'DR',
  PROFESSEUR: 'PR', COMMANDANT: 'CDT', CAPITAINE: 'CAP', LIEUTENANT: 'LT', MONSIEUR: 'M', MADAME: 'MME', NOTRE: 'N', DAME: 'D',
};
