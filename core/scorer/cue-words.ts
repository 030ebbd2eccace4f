import { phraseRegex, READER_ADDRESS } from '../text/phrases';

/**
 * Closed-class word families the block scorer reads, in the eight interface languages (English,
 * German, French, Spanish with voseo, Portuguese, Italian, Dutch, Polish). They are *families*
 * (the verbs of an ask, the nouns of a page widget), not phrases from any page: the learned
 * weights decide what each family is worth, and how it combines with structure.
 */
export const CUE_FAMILIES = {
  /** Second-person address and the publisher's "we". */
  address: READER_ADDRESS,
  subscribe: phraseRegex([
    'subscribe\\w*', 'sign up', 'signup', 'newsletter\\w*', 'inbox', 'unsubscribe', 'mailing list',
    'abonnier\\w*', 'anmelden', 'abo', 'abonnement\\w*', 'abonnez', 'inscri\\w+', 'suscr[ií]b\\w*', 'suscripci[oó]n',
    'assin\\w+', 'inscreva', 'iscriviti', 'iscrizione', 'abbonat\\w+', 'abbonamento', 'aanmelden', 'abonneer\\w*',
    'zapisz si[eę]', 'subskryp\\w+', 'prenumer\\w+',
  ]),
  donate: phraseRegex([
    'donat\\w*', 'donor\\w*', 'contribut\\w+', 'support (?:us|our|independent)', 'member\\w*', 'patron\\w*',
    'spende\\w*', 'spenden', 'unterstütz\\w+', 'mitglied\\w*', 'faire un don', 'dons?', 'soutenez', 'soutien\\w*', 'adhérent\\w*',
    'don[aá]\\w*', 'apoy[aáe]\\w*', 'socio/?a?s?', 'doe', 'doa[çc]\\w+', 'apoie', 'dona\\w*', 'sostieni', 'sostegno',
    'doneer\\w*', 'steun\\w*', 'lid worden', 'wesprzyj\\w*', 'wpłać\\w*', 'darowizn\\w+',
  ]),
  share: phraseRegex([
    'share\\w*', 'tweet', 'follow us', 'follow', 'teilen', 'folgen', 'partag\\w+', 'suivez', 'compart\\w+', 'síguenos', 'seguinos',
    'partilh\\w+', 'siga', 'condividi', 'seguici', 'delen', 'volg ons', 'udostępnij', 'obserwuj',
    'facebook', 'twitter', 'instagram', 'linkedin', 'whatsapp', 'pinterest', 'telegram', 'youtube', 'tiktok', 'reddit', 'email',
  ]),
  related: phraseRegex([
    'read more', 'read also', 'related', 'recommended', 'more from', 'more stories', 'see also', 'most read', 'most popular', 'trending', 'latest', 'you may also like', 'also read',
    'lesen sie auch', 'mehr zum thema', 'weitere artikel', 'meistgelesen\\w*', 'lire aussi', 'à lire aussi', 'sur le même sujet', 'les plus lus',
    'lee también', 'te puede interesar', 'relacionad\\w+', 'más leíd\\w+', 'leia também', 'veja também', 'mais lid\\w+',
    'leggi anche', 'potrebbe interessarti', 'più lett\\w+', 'lees ook', 'meest gelezen', 'czytaj (?:też|także|również)', 'zobacz (?:też|także)', 'najczęściej czytane',
  ]),
  comment: phraseRegex([
    'comment\\w*', 'reply', 'replies', 'kommentar\\w*', 'antworten', 'commentaire\\w*', 'répondre', 'comentari\\w+', 'responder',
    'commenti', 'rispondi', 'reageer', 'reacties', 'komentarz\\w*', 'odpowiedz',
  ]),
  account: phraseRegex([
    'log ?in', 'sign in', 'register', 'account', 'password', 'already a subscriber', 'anmeld\\w+', 'einloggen', 'registrier\\w+', 'konto',
    'connexion', 'se connecter', 'compte', 'iniciar sesión', 'regístrate', 'cuenta', 'entrar', 'cadastr\\w+', 'conta', 'accedi', 'registrati',
    'inloggen', 'registreren', 'zaloguj', 'zarejestruj', 'konto',
  ]),
  consent: phraseRegex([
    'cookies?', 'consent', 'privacy', 'gdpr', 'datenschutz', 'einwillig\\w+', 'zustimm\\w+', 'confidentialité', 'consentement',
    'privacidad', 'consentimiento', 'privacidade', 'consentimento', 'informativa', 'consenso', 'toestemming', 'prywatności', 'zgod\\w+',
  ]),
  advert: phraseRegex([
    'advertisement', 'advertising', 'sponsored', 'sponsor\\w*', 'ad', 'ads', 'promoted', 'partner content', 'affiliate', 'anzeige', 'werbung',
    'publicité', 'pub', 'publicidad', 'patrocinad\\w+', 'publicidade', 'pubblicità', 'advertentie', 'reklama', 'ogłoszenie',
  ]),
  media: phraseRegex([
    'photo\\w*', 'image\\w*', 'picture', 'credit\\w*', 'getty', 'reuters', 'afp', 'ap photo', 'shutterstock', 'foto\\w*', 'bild\\w*', 'bildquelle',
    'crédit\\w*', 'imagen', 'imagem', 'immagine', 'afbeelding', 'zdjęcie', 'fot\\.?', 'video\\w*', 'gallery', 'galerie', 'galería', 'galleria',
  ]),
  widget: phraseRegex([
    'min read', 'minutes? read', 'reading time', 'load more', 'show more', 'back to top', 'print', 'download', 'listen', 'tags?', 'topics?', 'categor\\w+',
    'lesezeit', 'mehr laden', 'drucken', 'temps de lecture', 'imprimer', 'tiempo de lectura', 'imprimir', 'tempo de leitura', 'stampa', 'leestijd', 'czas czytania', 'drukuj',
  ]),
  legal: phraseRegex([
    'all rights reserved', 'copyright', 'terms of (?:use|service)', 'alle rechte vorbehalten', 'impressum', 'tous droits réservés', 'mentions légales',
    'todos los derechos reservados', 'aviso legal', 'todos os direitos reservados', 'tutti i diritti riservati', 'alle rechten voorbehouden', 'wszelkie prawa zastrzeżone',
  ]),
  navigation: phraseRegex([
    'home', 'menu', 'next', 'previous', 'prev', 'back', 'contact', 'about us', 'search', 'startseite', 'weiter', 'zurück', 'accueil', 'suivant', 'précédent',
    'inicio', 'siguiente', 'anterior', 'início', 'próximo', 'successivo', 'precedente', 'volgende', 'vorige', 'strona główna', 'następny', 'poprzedni',
  ]),
} as const;

export type CueFamily = keyof typeof CUE_FAMILIES;
export const CUE_FAMILY_NAMES = Object.keys(CUE_FAMILIES) as CueFamily[];

/** "By Jane Doe", "Von …", "Par …", "Por …", "Di …", "Door …", "Autor: …" at the start of a short line. */
export const BYLINE_START = /^(?:by|von|par|por|di|door|de|autor(?:a|in)?|author|written by|text:|texto:|tekst:)\s+\p{Lu}/iu;
/** A calendar date or a time in the usual numeric and month-name shapes. */
export const DATE_LIKE = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|(?:jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|avr|juil|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)\w*\.?\s+\d{1,2}|\d{1,2}\.?\s+(?:jan|feb|m[äa]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|avr|juil|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|sty|lut|kwi|cze|lip|sie|wrz|paź|lis|gru)\w*)/iu;
