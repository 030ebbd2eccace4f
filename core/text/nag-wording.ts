import { phraseRegex } from './phrases';

/**
 * The wording of cookie notices, consent placeholders for embeds and paywall meters. The
 * consent-paywall-nags rule removes blocks by it; core/removals/relabel.ts names by it a block
 * that another rule took for something else (a consent placeholder in a box marked `social`).
 */

/** Cookie banners that slipped into the article. */
const COOKIE_NOTICE = phraseRegex([
  'we use cookies', 'this (?:site|website) uses cookies', 'accept (?:all )?cookies', 'cookie (?:settings|preferences)', 'manage (?:your )?cookies',
  'wir verwenden cookies', 'diese (?:website|seite) verwendet cookies', 'cookies akzeptieren', 'nous utilisons des cookies', 'ce site utilise des cookies', 'accepter (?:les|tous les) cookies',
  'utilizamos cookies', 'este sitio (?:web )?utiliza cookies', 'aceptar (?:las |todas las )?cookies', 'usamos cookies', 'este site (?:usa|utiliza) cookies', 'aceitar (?:os )?cookies',
  'utilizziamo (?:i )?cookie', 'questo sito utilizza (?:i )?cookie', 'accetta (?:i |tutti i )?cookie', 'wij gebruiken cookies', 'deze (?:web)?site gebruikt cookies', 'cookies accepteren',
  'używamy (?:plików )?cookies?', 'ta strona (?:używa|wykorzystuje) (?:plików |pliki )?cookies?', 'akceptuj(?:ę)? (?:pliki )?cookies?',
]);
/** Consent placeholders standing where an embed (video, post, map) would load. */
const CONSENT_PLACEHOLDER = phraseRegex([
  'external content', 'third-party content', 'requires your consent', 'with your consent', 'to (?:view|display|see|load) this (?:content|embed|video|post|tweet)', 'by (?:clicking|loading) .{0,40}(?:accept|load|show|consent)',
  'externer? inhalte?', 'ihre (?:einwilligung|zustimmung)', 'ich bin damit einverstanden', 'inhalte? von drittanbietern', 'contenu externe', 'votre consentement', 'j[’\']accepte',
  'contenido externo', 'tu consentimiento', 'conteúdo externo', 'seu consentimento', 'contenuto esterno', 'il tuo consenso', 'externe inhoud', '(?:uw|jouw) toestemming',
  'treści? zewnętrzn\\w+', '(?:twoją|twojej) zgod\\w+',
  'without your (?:consent|permission)', 'ohne (?:dein|ihr) einverständnis', '(?:deine|ihre) (?:datenschutz-?)?einstellungen verwalten', 'sans votre (?:consentement|accord)',
  'sin (?:tu|su) consentimiento', 'sem o seu consentimento', 'senza il tuo consenso', 'zonder (?:uw|jouw) toestemming', 'bez (?:twojej|twojego) zgody',
]);
/** What a consent placeholder stands in for: "your consent" only counts next to one of these. */
const EMBED_SOURCE = phraseRegex([
  'instagram', 'youtube', 'twitter', 'facebook', 'tiktok', 'vimeo', 'spotify', 'soundcloud', 'podcast', 'video', 'vidéo', 'vídeo', 'map', 'karte', 'carte', 'mapa', 'tweet', 'embed\\w*',
  'einbettung', 'drittanbieter\\w*', 'third-party', 'plat(?:t)?form\\w*', 'plateformes?', 'plataformas?', 'piattaform\\w*', 'tiers', 'terceros', 'terceiros', 'terzi', 'derden',
  'zewnętrzn\\w+', 'externe?[nrs]?', 'external',
]);
/** Paywall meters and "already a subscriber?" lines. */
const PAYWALL_METER = phraseRegex([
  'you(?:[’\']ve| have) (?:\\d+|one|two|three) free (?:articles?|stories)', 'free articles? (?:left|remaining)', 'you(?:[’\']ve| have) reached your (?:limit|free)', 'already a subscriber',
  '(?:subscribe|log in|sign in|register)(?: now)? to (?:continue|keep) reading', 'this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)', 'you(?:[’\']re| are) reading a free article', 'log in for (?:immediate )?access',
  'sie lesen einen kostenlosen artikel', '(?:bereits|schon) abonnent', 'dieser (?:artikel|beitrag) ist .{0,20}(?:abonnenten|abo)', 'vous lisez un article gratuit', 'déjà abonné', 'article réservé aux abonnés', 'il vous reste \\d+ articles? gratuits?', 'pour lire la suite,? abonnez',
  'ya eres suscriptor', 'contenido (?:exclusivo )?para suscriptores', 'has alcanzado el límite de', 'já é assinante', 'conteúdo exclusivo para assinantes',
  'sei già abbonato', 'articolo riservato agli abbonati', 'al abonnee', 'dit artikel is (?:alleen )?voor abonnees', 'masz już (?:subskrypcję|prenumeratę)',
  'artykuł (?:jest )?dostępny (?:tylko )?dla (?:prenumeratorów|subskrybentów)',
]);

/** True for a paywall meter line, so the newsletter rule leaves it to the nag rule. */
export function isPaywallMeter(text: string): boolean {
  return PAYWALL_METER.test(text);
}

/** Which nag the text is ("Cookie notice", …), or null. */
export function nagWording(text: string): string | null {
  if (COOKIE_NOTICE.test(text)) return 'Cookie notice';
  if (CONSENT_PLACEHOLDER.test(text) && EMBED_SOURCE.test(text)) return 'Consent placeholder for an embed';
  if (PAYWALL_METER.test(text)) return 'Paywall notice';
  return null;
}
