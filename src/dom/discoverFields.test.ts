// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { discoverFields, parseAutocomplete, roleFromWords } from './discoverFields.js';

/** Renders `html` in a form and lists what was found as `section|role|name-or-id`. */
function discover(html: string): string[] {
  document.body.innerHTML = `<form id="f">${html}</form>`;
  return discoverFields(document.querySelector('form')!).map((f) => `${f.section}|${f.role}|${f.element.name || f.element.id}`);
}

describe('discoverFields', () => {
  it('reads WHATWG autocomplete tokens and falls through on tokens that are not ours', () => {
    expect(discover(`
      <select name="a1" autocomplete="honorific-prefix"><option>Mme</option></select>
      <input name="a2" autocomplete="given-name"><input name="a3" autocomplete="family-name">
      <input name="a4" autocomplete="email"><input name="a5" autocomplete="tel"><input name="a6" autocomplete="tel-national">
      <select name="a7" autocomplete="country"></select><input name="a8" autocomplete="country-name">
      <input name="a9" autocomplete="postal-code"><input name="b1" autocomplete="address-line1">
      <input name="b2" autocomplete="address-line2"><input name="b3" autocomplete="address-line3">
      <textarea name="b4" autocomplete="street-address"></textarea><input name="b5" autocomplete="address-level2">
      <input name="b6" autocomplete="address-level1"><input name="b7" autocomplete="organization">
      <input name="b8" autocomplete="home tel"><input name="b9" autocomplete="Given-Name webauthn">
      <input name="zip" autocomplete="off"><input name="telephone" autocomplete="on">
      <input name="email" autocomplete="new-password"><input name="c1" autocomplete="name">
      <input name="lastname" autocomplete="nickname"><input name="c2" autocomplete="bogus">
      <select name="phone_prefix" autocomplete="tel-country-code"></select><input name="card_zip" autocomplete="cc-number">
    `)).toEqual([
      '|civility|a1', '|firstName|a2', '|lastName|a3', '|email|a4', '|phone|a5', '|phone|a6', '|country|a7', '|country|a8',
      '|postalCode|a9', '|addressLine1|b1', '|addressLine2|b2', '|addressLine3|b3', '|addressLine1|b4', '|city|b5',
      '|region|b6', '|organization|b7', '|phone|b8', '|firstName|b9',
      '|postalCode|zip', '|phone|telephone', '|email|email', '|lastName|lastname',
    ]);
    expect(parseAutocomplete('  SHIPPING  Postal-Code ')).toEqual({ section: 'shipping', token: 'postal-code' });
    expect(parseAutocomplete('section-a billing work email webauthn')).toEqual({ section: 'section-a billing', token: 'email' });
    expect(parseAutocomplete(null)).toEqual({ section: '', token: '' });
    expect(parseAutocomplete('off')).toEqual({ section: '', token: 'off' });
  });

  it('keeps billing and shipping apart, from autocomplete sections first, then name or id words', () => {
    expect(discover(`
      <input autocomplete="shipping postal-code" name="a"><input autocomplete="billing postal-code" name="b">
      <input autocomplete="section-gift shipping country" name="c"><input autocomplete="section-x email" name="shipping_email">
      <input name="billing_phone"><input name="shippingPostcode"><input id="billing-city">
      <input name="code_postal_facturation"><input name="cp_livraison"><input name="rechnung[plz]"><input name="lieferung_ort">
      <input name="zip">
    `)).toEqual([
      'shipping|postalCode|a', 'billing|postalCode|b', 'section-gift shipping|country|c', 'section-x|email|shipping_email',
      'billing|phone|billing_phone', 'shipping|postalCode|shippingPostcode', 'billing|city|billing-city',
      'billing|postalCode|code_postal_facturation', 'shipping|postalCode|cp_livraison', 'billing|postalCode|rechnung[plz]',
      'shipping|city|lieferung_ort', '|postalCode|zip',
    ]);
  });

  it('maps WooCommerce classic checkout markup without autocomplete attributes', () => {
    const row = (name: string, label: string, input = `<input type="text" class="input-text" name="${name}" id="${name}" value="">`) =>
      `<p class="form-row form-row-wide" id="${name}_field"><label for="${name}" class="">${label}&nbsp;<abbr class="required" title="obligatoire">*</abbr></label><span class="woocommerce-input-wrapper">${input}</span></p>`;
    const side = (s: string) => `<div class="woocommerce-${s}-fields__field-wrapper">
      ${row(`${s}_first_name`, 'Prénom')}${row(`${s}_last_name`, 'Nom')}
      ${row(`${s}_company`, 'Nom de l’entreprise (facultatif)')}
      ${row(`${s}_country`, 'Pays/région', `<select name="${s}_country" id="${s}_country" class="country_to_state country_select"><option value="">Sélectionnez un pays/région…</option><option value="FR" selected>France</option></select>`)}
      ${row(`${s}_address_1`, 'Numéro et nom de rue', `<input type="text" class="input-text" name="${s}_address_1" id="${s}_address_1" placeholder="Numéro de voie et nom de la rue">`)}
      ${row(`${s}_address_2`, '<span class="screen-reader-text">Appartement, suite, unité, etc.</span>')}
      ${row(`${s}_postcode`, 'Code postal')}${row(`${s}_city`, 'Ville')}${row(`${s}_state`, 'Département')}
      ${s === 'billing' ? row('billing_phone', 'Téléphone', '<input type="tel" class="input-text" name="billing_phone" id="billing_phone">') + row('billing_email', 'E-mail', '<input type="email" class="input-text" name="billing_email" id="billing_email">') : ''}
    </div>`;
    const roles = ['firstName', 'lastName', 'organization', 'country', 'addressLine1', 'addressLine2', 'postalCode', 'city', 'region'];
    const names = ['first_name', 'last_name', 'company', 'country', 'address_1', 'address_2', 'postcode', 'city', 'state'];
    expect(discover(`
      <input type="hidden" name="woocommerce-process-checkout-nonce" value="abc"><input type="hidden" name="_wp_http_referer" value="/?wc-ajax=update_order_review">
      ${side('billing')}
      <p class="form-row"><label class="checkbox"><input class="input-checkbox" id="createaccount" type="checkbox" name="createaccount" value="1"> <span>Créer un compte ?</span></label></p>
      ${row('account_username', 'Nom d’utilisateur du compte')}
      ${row('account_password', 'Créer un mot de passe du compte', '<input type="password" class="input-text" name="account_password" id="account_password">')}
      <h3 id="ship-to-different-address"><label><input id="ship-to-different-address-checkbox" type="checkbox" name="ship_to_different_address" value="1"> <span>Expédier à une adresse différente ?</span></label></h3>
      ${side('shipping')}
      ${row('order_comments', 'Notes de commande (facultatif)', '<textarea name="order_comments" class="input-text" id="order_comments" placeholder="Commentaires concernant votre commande" rows="2" cols="5"></textarea>')}
      <ul class="wc_payment_methods"><li><input id="payment_method_cod" type="radio" class="input-radio" name="payment_method" value="cod" checked> <label for="payment_method_cod">Paiement à la livraison</label></li></ul>
      <button type="submit" class="button alt" name="woocommerce_checkout_place_order" id="place_order" value="Commander">Commander</button>
    `)).toEqual([
      ...names.map((n, i) => `billing|${roles[i]}|billing_${n}`), 'billing|phone|billing_phone', 'billing|email|billing_email',
      ...names.map((n, i) => `shipping|${roles[i]}|shipping_${n}`),
    ]);
  });

  it('reads Magento’s zero-based street lines (street[0], street[1]) as lines 1 and 2, and street[1] alone as line 1', () => {
    const street = (i: number) => `<div class="field street"><label for="s${i}">Adresse</label><input type="text" name="street[${i}]" id="s${i}"></div>`;
    expect(discover(`${street(0)}${street(1)}${street(2)}<input name="postcode">`)).toEqual(['|addressLine1|street[0]', '|addressLine2|street[1]', '|addressLine3|street[2]', '|postalCode|postcode']);
    expect(discover(`${street(1)}${street(2)}`)).toEqual(['|addressLine1|street[1]', '|addressLine2|street[2]']);
  });
  it('maps the Bootstrap checkout example markup without autocomplete attributes', () => {
    const col = (id: string, label: string, control = `<input type="text" class="form-control" id="${id}" placeholder="" value="" required>`) =>
      `<div class="col-sm-6"><label for="${id}" class="form-label">${label}</label>${control}<div class="invalid-feedback">Valid ${label} is required.</div></div>`;
    expect(discover(`<div class="row g-3">
      ${col('firstName', 'First name')}${col('lastName', 'Last name')}
      ${col('username', 'Username', '<div class="input-group has-validation"><span class="input-group-text">@</span><input type="text" class="form-control" id="username" placeholder="Username" required></div>')}
      ${col('email', 'Email <span class="text-body-secondary">(Optional)</span>', '<input type="email" class="form-control" id="email" placeholder="you@example.com">')}
      ${col('address', 'Address', '<input type="text" class="form-control" id="address" placeholder="1234 Main St" required>')}
      ${col('address2', 'Address 2 <span class="text-body-secondary">(Optional)</span>', '<input type="text" class="form-control" id="address2" placeholder="Apartment or suite">')}
      ${col('country', 'Country', '<select class="form-select" id="country" required><option value="">Choose...</option><option>United States</option></select>')}
      ${col('state', 'State', '<select class="form-select" id="state" required><option value="">Choose...</option><option>California</option></select>')}
      ${col('zip', 'Zip', '<input type="text" class="form-control" id="zip" placeholder="" required>')}
    </div>
    <div class="form-check"><input type="checkbox" class="form-check-input" id="same-address"><label class="form-check-label" for="same-address">Shipping address is the same as my billing address</label></div>
    <div class="form-check"><input id="credit" name="paymentMethod" type="radio" class="form-check-input" checked required><label class="form-check-label" for="credit">Credit card</label></div>
    ${col('cc-name', 'Name on card')}${col('cc-number', 'Credit card number')}${col('cc-expiration', 'Expiration')}${col('cc-cvv', 'CVV')}
    <button class="w-100 btn btn-primary btn-lg" type="submit">Continue to checkout</button>`)).toEqual([
      '|firstName|firstName', '|lastName|lastName', '|email|email', '|addressLine1|address', '|addressLine2|address2',
      '|country|country', '|region|state', '|postalCode|zip',
    ]);
  });

  it('understands French, German, Spanish and Italian names and labels', () => {
    const names: Record<string, string[]> = {
      civility: ['civilite', 'Anrede', 'tratamiento', 'Civilité'],
      firstName: ['prenom', 'vorname', 'nombre', 'nome', 'Prénom'],
      lastName: ['nom', 'nachname', 'apellidos', 'cognome', 'Nom de famille', 'Familienname'],
      email: ['courriel', 'E-Mail-Adresse', 'correo_electronico', 'Posta elettronica', 'Adresse e-mail', 'Adresse électronique'],
      phone: ['telephone', 'Téléphone portable', 'Telefonnummer', 'Handy', 'Teléfono móvil', 'Cellulare'],
      postalCode: ['code_postal', 'codePostal', 'Postleitzahl', 'PLZ', 'Código postal', 'CAP', 'Codice postale'],
      addressLine1: ['adresse', 'Straße und Hausnummer', 'Dirección', 'Indirizzo', 'Numéro et nom de rue'],
      addressLine2: ["Complément d'adresse", 'Adresszusatz', 'Dirección 2', 'adresse_ligne_2'],
      city: ['ville', 'Ort', 'Wohnort', 'Ciudad', 'Città', 'Localité'],
      region: ['departement', 'Bundesland', 'Provincia', 'Regione'],
      country: ['pays', 'Land', 'País', 'Paese', 'Pays / région'],
      organization: ['societe', 'Firma', 'Empresa', 'Azienda', "Nom de l'entreprise", 'Raison sociale'],
    };
    for (const [role, texts] of Object.entries(names)) for (const text of texts) expect([text, roleFromWords(text)]).toEqual([text, role]);
    for (const text of ["Nom d'utilisateur", 'Benutzername', 'Nombre de usuario', 'Nome utente', 'Nom complet', 'Nombre completo', 'Nombre y apellidos', 'Prénom et nom', 'Vor- und Nachname', 'First and last name', 'Name', 'Vollständiger Name', 'Passwort']) {
      expect([text, roleFromWords(text)]).toEqual([text, undefined]);
    }
    expect(discover(`
      <label for="x1">Code postal</label><input id="x1" name="f1"><label>Postleitzahl <input name="f2"></label>
      <label for="x3">Apellidos</label><input id="x3" name="f3"><label for="x4">Città</label><input id="x4" name="f4">
    `)).toEqual(['|postalCode|f1', '|postalCode|f2', '|lastName|f3', '|city|f4']);
  });

  it('picks the most specific word and keeps "title" to select lists', () => {
    expect(roleFromWords('E-mail address')).toBe('email');
    expect(roleFromWords('Country / Region')).toBe('country');
    expect(roleFromWords('billing[address][zip]')).toBe('postalCode');
    expect(roleFromWords('shipping_address_1')).toBe('addressLine1');
    expect(roleFromWords('billing_address_2')).toBe('addressLine2');
    expect(roleFromWords('addressLine3')).toBe('addressLine3');
    expect(roleFromWords('Street address line 2')).toBe('addressLine2');
    expect(roleFromWords('Apartment, suite, unit, etc.')).toBe('addressLine2');
    expect(roleFromWords('Company name')).toBe('organization');
    expect(roleFromWords('Phone number')).toBe('phone');
    expect(discover('<select name="title"><option>Mr</option></select><input name="title"><input name="job_title">')).toEqual(['|civility|title']);
  });

  it('falls back to label text, aria-label, aria-labelledby and placeholder when the name means nothing', () => {
    expect(discover(`
      <label for="i17">E-mail address <abbr>*</abbr></label><input id="i17" name="f_17">
      <label>Téléphone portable <input name="f_18"></label>
      <input name="f_19" aria-label="Postcode">
      <span id="l20a">Billing</span><span id="l20b">Town / City</span><input name="f_20" aria-labelledby="l20a  l20b missing">
      <input name="f_21" placeholder="Nom de famille">
      <label for="i22">Optional</label><input id="i22" name="f_22" placeholder="Company">
      <input name="f_23"><label for="nowhere">Email</label><input name="f_24" aria-labelledby="nowhere-else">
    `)).toEqual(['|email|f_17', '|phone|f_18', '|postalCode|f_19', '|city|f_20', '|lastName|f_21', '|organization|f_22']);
  });

  it('honours data-saisie="off" on a field or an ancestor and skips non-text controls, but finds disabled ones', () => {
    expect(discover(`
      <input name="email" data-saisie="off"><fieldset data-saisie="off"><input name="phone"><div><input name="zip"></div></fieldset>
      <input type="password" name="email2"><input type="hidden" name="phone2"><input type="checkbox" name="email3">
      <input type="radio" name="phone3"><input type="file" name="email4"><input type="image" name="email5">
      <input type="submit" name="email6"><input type="reset" name="email7"><input type="button" name="email8"><button name="email9"></button>
      <input name="city" disabled><select name="country" disabled></select><textarea name="address" readonly></textarea>
      <input type="number" name="phone_number">
    `)).toEqual(['|city|city', '|country|country', '|addressLine1|address', '|phone|phone_number']);
    document.body.innerHTML = '<div data-saisie="off"><form><input name="email"></form></div>';
    expect(discoverFields(document.querySelector('form')!)).toEqual([]);
  });

  it('lets data-saisie-role override everything, with aliases, and ignores unknown roles', () => {
    expect(discover(`
      <input data-saisie-role="phone" name="x1"><input data-saisie-role="locality" name="x2"><input data-saisie-role="postal-code" name="x3">
      <input data-saisie-role="TEL" name="x4"><input data-saisie-role="postalCode" name="x5"><input data-saisie-role="address-line2" name="x6">
      <input data-saisie-role="phone" type="email" autocomplete="email" name="x7"><input data-saisie-role="city" autocomplete="cc-name" name="x8">
      <input data-saisie-role="banana" name="email"><input data-saisie-role="toString" name="x9"><input data-saisie-role="" name="zip">
    `)).toEqual([
      '|phone|x1', '|city|x2', '|postalCode|x3', '|phone|x4', '|postalCode|x5', '|addressLine2|x6', '|phone|x7', '|city|x8',
      '|email|email', '|postalCode|zip',
    ]);
  });

  it('never throws on hostile markup and reads a bounded amount of each text', () => {
    const huge = 'a'.repeat(10_000);
    const html = `
      <input name="${huge}"><input id="${huge}" autocomplete="${'x '.repeat(50_000)}">
      <input name="constructor" autocomplete="__proto__" data-saisie-role="hasOwnProperty"><input name="toString" id="valueOf">
      <input name="\u{1F4E7}\uD800\u0000<>&quot;"><label for="big">${'word '.repeat(5_000)}email</label><input id="big" name="f">
      <input name="f2" aria-labelledby="${'id '.repeat(50_000)}"><input name="${'Aa1'.repeat(5_000)}email">
      <input name="${'email '.repeat(2_000)}">
    `;
    let result: string[] = [];
    expect(() => { result = discover(html); }).not.toThrow();
    expect(result).toEqual(['|email|' + 'email '.repeat(2_000)]);
    expect(roleFromWords('')).toBeUndefined();
    expect(roleFromWords('__proto__ constructor prototype')).toBeUndefined();
    expect(parseAutocomplete('x '.repeat(50_000)).token).toBe('x');
    document.body.innerHTML = `<form>${'<input name="f">'.repeat(500)}<input name="zip"></form>`;
    expect(discoverFields(document.querySelector('form')!).map((f) => f.role)).toEqual(['postalCode']);
  });
});
