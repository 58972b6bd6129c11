// Node entry: country names in fr, en, de, es, it, pt registered up front.
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import it from 'i18n-iso-countries/langs/it.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { registerCountryNames } from '../core/country/countryNames.js';

for (const { locale, countries } of [de, en, es, fr, it, pt]) registerCountryNames(locale, countries);
