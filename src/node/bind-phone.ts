// PLACEHOLDER until the phone rule lands.
