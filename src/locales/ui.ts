import type { Catalogs } from '../core/messages.js';

/** Texts of the form binding itself (error summary, suggestion button), keyed like issue messages. */
export const UI_MESSAGES: Catalogs = {
  en: {
    'ui.summary.item': '{label}: {message}',
    'ui.summary.errors': 'There is a problem',
    'ui.summary.warnings': 'Please check before you continue',
    'ui.summary.warnings-hint': 'If these are right, submit again.',
    'ui.apply': 'Use {suggestion}',
  },
  fr: {
    'ui.summary.item': '{label} : {message}',
    'ui.summary.errors': 'Il y a un problème',
    'ui.summary.warnings': 'Vérifiez avant de continuer',
    'ui.summary.warnings-hint': 'Si tout est juste, envoyez à nouveau.',
    'ui.apply': 'Utiliser {suggestion}',
  },
  de: {
    'ui.summary.item': '{label}: {message}',
    'ui.summary.errors': 'Es gibt ein Problem',
    'ui.summary.warnings': 'Bitte prüfen Sie, bevor Sie fortfahren',
    'ui.summary.warnings-hint': 'Wenn alles stimmt, senden Sie erneut.',
    'ui.apply': '{suggestion} verwenden',
  },
  es: {
    'ui.summary.item': '{label}: {message}',
    'ui.summary.errors': 'Hay un problema',
    'ui.summary.warnings': 'Compruebe antes de continuar',
    'ui.summary.warnings-hint': 'Si todo es correcto, envíe de nuevo.',
    'ui.apply': 'Usar {suggestion}',
  },
  it: {
    'ui.summary.item': '{label}: {message}',
    'ui.summary.errors': 'C’è un problema',
    'ui.summary.warnings': 'Controlli prima di continuare',
    'ui.summary.warnings-hint': 'Se è tutto corretto, invii di nuovo.',
    'ui.apply': 'Usa {suggestion}',
  },
};
