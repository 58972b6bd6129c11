// PLACEHOLDER until the civility rule lands.
