import { isQuotedSpeech } from '../guards/is-quoted-speech';
import { linkTextLength } from '../link-density';
import { collectPromoBoxes, collectTextBlocks, findLinkToken, type TextBlock } from '../text/blocks';
import { countWords } from '../text/normalize';
import { phraseRegex, wholeTextRegex } from '../text/phrases';
import { isProtectedBlock, isProtectedByPlace, keepContentLists } from '../promo-evidence';
import { defineRule } from './rule';
import { closestNamed, descendantsNamed, hasDescendantNamed } from '../walk';

/** Words that label an ad slot. */
const AD_LABEL_WORDS = [
  'advertisement', 'advertising', 'ad', 'sponsored(?: content)?', 'paid (?:content|post)',
  'anzeige', 'werbung', 'publicité', 'pub', 'publicidad', 'contenido patrocinado', 'publicidade',
  'pubblicità', 'contenuto sponsorizzato', 'advertentie', 'gesponsord', 'reklama', 'artykuł sponsorowany',
];
/**
 * What an ad slot says about the story around it: that it goes on below, or when the ad goes
 * away. Printed alone or after the label ("Advertisement - Continue Reading Below",
 * "Advertisement (gone after registration)").
 */
const AD_SLOT_NOTES = [
  '(?:the )?(?:story|article) continues (?:below|after)(?: (?:the|this))?(?: ad| advertisement)?', 'continue reading below', 'continues? below', '(?:gone|removed|hidden) (?:after|once you) (?:registration|register|sign in|log in)',
  '(?:der )?artikel (?:geht|wird) (?:unter|nach) der (?:anzeige|werbung) (?:weiter|fortgesetzt)', 'weiterlesen nach der anzeige',
  'la suite (?:après|sous) (?:cette|la) publicité', 'l[’\']article continue (?:après|sous) (?:cette|la) publicité',
  'la noticia continúa (?:tras|después de) la publicidad', 'continua (?:depois|após) a publicidade',
  "l[’']articolo continua dopo la pubblicità", 'het artikel gaat verder onder de advertentie', 'dalsza część artykułu pod reklamą',
];
/** A block that is nothing but an ad label, a note of the slot, or the two together. */
const AD_LABEL = wholeTextRegex([
  `(?:${AD_LABEL_WORDS.join('|')})(?:[^\\p{L}\\p{N}]+(?:${AD_SLOT_NOTES.join('|')}))?`,
  ...AD_SLOT_NOTES,
]);
/** Page furniture as a whole block: a reading-time label, a "load more" button, a "back to the list" link, a rating widget. */
const READING_TIME = wholeTextRegex([
  '\\d+ ?(?:min(?:ute)?s?|minuten|minutos|minuti|minuut|minut[ya]?)\\.? (?:read|reading(?: time)?|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|leestijd|czytania)',
  '(?:reading time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania)\\s*:?\\s*(?:ca\\. |~ ?)?\\d+ ?\\p{L}*\\.?',
  '(?:ten tekst|ten artykuł) przeczytasz w (?:mniej niż |około )?(?:\\d+ )?minut\\p{L}*',
]);
const LOAD_MORE = wholeTextRegex([
  'load(?:ing)? more(?: (?:stories|articles|posts|content|news))?(?: \\.\\.\\.|…)?', 'mehr laden', '(?:lade|weitere) (?:weitere )?(?:inhalte|artikel|beiträge)(?: laden)?', 'charger plus(?: d[’\']articles)?', 'cargar más(?: noticias)?', 'carregar mais', 'carica altri(?: articoli)?', 'meer laden', 'załaduj więcej',
]);
const BACK_LINK = wholeTextRegex([
  'back to (?:the )?(?:list|overview|news|all news|articles|blog|top)', 'zurück zu(?:r|m)? (?:listenansicht|übersicht|newsübersicht|liste|blog|nachrichtenübersicht)', 'retour (?:à la liste|aux actualités|au blog)',
  'volver (?:al listado|a la lista|a noticias)', 'voltar (?:à lista|às notícias)', 'torna (?:all[’\']elenco|alle notizie)', 'terug naar (?:het )?overzicht', 'powrót do listy',
]);
const DOWNLOAD_AS_PDF = wholeTextRegex([
  '(?:download|save) (?:this |the )?(?:article|story|post|report|script|page)? ?(?:as|in) (?:a )?pdf', '(?:dieses?n? |den )?(?:artikel|beitrag|skript|text|dokument)? ?als pdf (?:herunterladen|speichern|downloaden)',
  'télécharger (?:cet article |l[’\']article )?(?:en|au format) pdf', 'descargar (?:este artículo |la nota )?en pdf', '(?:baixar|descarregar) (?:este artigo )?em pdf', 'scarica (?:l[’\']articolo )?in pdf',
  '(?:dit artikel )?(?:downloaden|download) als pdf', 'pobierz (?:artykuł )?(?:w|jako) pdf',
]);
/** A call-to-action button's whole label: "Learn more", "Book now", "Get started today", "Jetzt buchen". */
const CTA_BUTTON = wholeTextRegex([
  'learn more(?: here)?', '(?:book|buy|shop|order|call|apply|register|enrol|enroll|download|subscribe|donate|join|start) (?:now|today)', 'get started(?: (?:now|today|for free))?', 'get in touch', 'contact us(?: (?:now|today))?', 'request a (?:quote|demo|call ?back)', 'try (?:it )?(?:for )?free', 'start (?:your )?free trial', 'book your (?:first |free )?(?:lesson|appointment|consultation|session|call|demo|tour|table|stay)',
  'mehr erfahren', 'jetzt (?:buchen|kaufen|bestellen|anfragen|starten|testen|anmelden|kontaktieren|entdecken)', 'kontakt aufnehmen', 'kostenlos testen', 'termin vereinbaren',
  'en savoir plus', '(?:réserver|acheter|commander|commencer|s[’\']inscrire) (?:maintenant|dès maintenant)', 'nous contacter', 'contactez-nous', 'demander un devis', 'essayer gratuitement',
  'más información', 'saber más', '(?:reservar|comprar|empezar|pedir) (?:ahora|ya)', 'contáctanos', 'contáctenos', 'solicitar (?:presupuesto|información)', 'prueba gratis',
  'saiba mais', '(?:reservar|comprar|começar|pedir) (?:agora|já)', 'fale conosco', 'entre em contato', 'solicitar orçamento', 'experimente grátis',
  'scopri di più', '(?:prenota|acquista|compra|inizia|ordina) (?:ora|subito|adesso)', 'contattaci', 'richiedi (?:un )?preventivo', 'prova gratis',
  'meer (?:informatie|weten)', '(?:boek|koop|bestel|start|begin) nu', 'neem contact (?:met ons )?op', 'vraag een offerte aan', 'probeer gratis',
  'dowiedz się więcej', '(?:zarezerwuj|kup|zamów|zacznij) (?:teraz|już dziś)', 'skontaktuj się(?: z nami)?', 'zapytaj o wycenę', 'wypróbuj za darmo',
]);
const RATING_WIDGET = wholeTextRegex([
  '\\(?no (?:ratings|votes) yet\\)?', '\\(?noch keine bewertungen?\\)?', '\\(?pas encore de (?:note|vote)s?\\)?', '\\(?(?:sin|aún no hay) (?:valoraciones|votos)\\)?', '\\(?(?:ainda )?sem avaliações\\)?',
  '\\(?nessuna valutazione\\)?', '\\(?nog geen beoordelingen\\)?', '\\(?brak ocen\\)?', 'click to rate(?: this (?:post|article))?', '(?:bewerten sie|bewerte) diese[nr]? (?:artikel|beitrag)',
]);
/** A comment prompt as a whole block ("Leave a comment", "12 Kommentare")… */
const COMMENT_LABEL = wholeTextRegex([
  '(?:leave|add|post|write) a (?:comment|reply)', 'join the (?:conversation|discussion)', '(?:show|view|read|see) (?:all )?(?:\\d+ )?comments', '\\d+ comments?', 'comments?', 'what do you think\\?',
  '(?:jetzt )?kommentieren', 'kommentare? schreiben', 'kommentare(?: anzeigen)?', '\\d+ kommentare?', 'laisser un commentaire', 'réagir', 'commenter', '(?:voir les )?\\d* ?commentaires?',
  'deja (?:un|tu) comentario', 'comentar(?:ios)?', '\\d+ comentarios?', 'deixe (?:um|seu) comentário', 'comente', 'comentários', 'lascia un commento', 'commenta', '\\d+ commenti',
  'plaats een reactie', 'reageer', '\\d* ?reacties', 'dodaj komentarz', 'skomentuj', '\\d* ?komentarz[ey]?',
]);
/** …or as a sentence ("You must be logged in to post a comment", "um Kommentare zu schreiben"). */
const COMMENT_SENTENCE = phraseRegex([
  '(?:log|sign) in to (?:post a )?(?:comment|reply)', 'logged in to (?:post a )?comment', 'comments are closed', 'rate this article',
  'um .{0,60}(?:zu )?kommentieren', 'um kommentare zu schreiben', 'kommentare insgesamt', 'den artikel bewerten',
  'connectez-vous pour (?:commenter|réagir)', 'inicia sesión para comentar', 'faça login para comentar', 'accedi per commentare', 'log in om te reageren', 'zaloguj się,? aby (?:dodać komentarz|skomentować)',
]);
/** "Read also: <link>" lines, in the eight languages; a label that opens a short, linked block. */
const READ_ALSO_LABEL = new RegExp(`^\\W*(?:${[
  'read (?:also|more|next)', 'also read', 'see also', 'related(?: stories| story| articles?| coverage)?', 'more on this(?: story| topic)?', 'recommended',
  'lesen sie (?:auch|mehr)', 'auch interessant', 'mehr zum thema', 'das könnte (?:sie|dich) auch interessieren', 'das thema könnte (?:sie|dich) auch interessieren',
  'lire aussi', 'à lire (?:aussi|également)', 'voir aussi', 'sur le même sujet', 'lee (?:también|más)', '(?:te|le) puede interesar', 'puede interesarte', 'relacionad[oa]s?',
  'leia (?:também|mais)', 'veja também', 'saiba mais', 'leggi anche', 'potrebbe interessarti', 'lees (?:ook|meer)', 'zie ook', 'czytaj (?:też|także|więcej)', 'zobacz (?:też|także)', 'przeczytaj (?:też|także)',
].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
/**
 * Podcast and app plugs: a listen/download/subscribe ask *and* a podcast or app noun. "Get the"
 * is an ask as an imperative only: "in order to get the new version of the app" is a sentence.
 */
const LISTEN_OR_DOWNLOAD = phraseRegex([
  'listen', 'subscribe', 'download', '(?<!\\bto\\s)get the', 'follow', 'wherever you get', 'available (?:on|in)',
  'hören sie', 'hör', 'abonnieren sie', 'laden sie', 'écoutez', 'abonnez-vous', 'téléchargez', 'escucha', 'suscríbete', 'descarga', 'ouça', 'assine', 'baixe',
  'ascolta', 'iscriviti', 'scarica', 'luister', 'abonneer', 'download', 'posłuchaj', 'słuchaj', 'subskrybuj', 'pobierz',
]);
/** "Our podcast", "unsere App", "notre application": the publisher's own show or app. */
// Not Dutch "ons" or Romance "nos": "Add-ons" and "nos" ("us") would count.
const PUBLISHER_OWN = phraseRegex(['our', 'unser\\w*', 'notre', 'nuestr[oa]s?', 'noss[oa]s?', 'nostr[oaie]', 'onze', 'nasz\\w*']);
const SENTENCE_END = /(?<=[.!?:])\s+/u;
const PODCAST_OR_APP = phraseRegex(['podcasts?', 'episodes?', 'apple podcasts', 'spotify', 'app', 'apps', 'iphone', 'android', 'app store', 'google play', 'applica(?:tion|zione)', 'aplicación', 'aplicativo', 'aplikacj\\w+', 'folge', 'épisode', 'episodio', 'aflevering', 'odcin\\w+']);
/** Republish boxes of nonprofit newsrooms. */
const REPUBLISH = phraseRegex(['republish (?:this|our)', 'republish(?:ing)? (?:this )?(?:story|article)', 'creative commons licen[cs]e', 'artikel (?:übernehmen|weiterverwenden)', 'republier cet article', 'republica (?:este|esta|nuestros)', 'republique (?:esta|este)', 'ripubblica (?:questo|questa)', 'herpubliceer', 'przedrukuj']);
/**
 * Advertising and affiliate disclosures set apart from the story. The wording is a family, not a
 * sentence: the publisher (we, I, "may" after its name) earns a commission, kickback or share of
 * the sale; the page contains affiliate links; "earns from qualifying purchases". A story about
 * affiliate marketing names commissions too, but not as the page's own cut in a short block.
 */
const AD_DISCLOSURE = phraseRegex([
  '(?:this|the|our|my) (?:post|article|page|site|website|blog|review|guide) (?:may )?(?:contains?|includes?|uses?) (?:some )?(?:affiliate|sponsored|paid|commissionable|partner) (?:links|content)',
  '(?:contains?|uses?) affiliate links', 'may contain (?:some )?(?:affiliate|commissionable|partner) links',
  '(?:we|i|us|may|might|will|could)(?: \\S+){0,4}? (?:earn|receive|get|make|collect)s? (?:us |me )?(?:an? )?(?:small |tiny |modest )?(?:affiliate )?(?:commissions?|compensation|kickback|referral fee|share of (?:the )?(?:sale|revenue)|percentage of (?:the )?sales?)',
  'earns? (?:\\w+ )?from qualifying purchases', 'as an? (?:amazon )?(?:associate|affiliate(?: marketer)?),? (?:i|we|this)',
  'dieser (?:beitrag|artikel) enthält (?:werbung|affiliate-links|werbelinks)', '(?:bei den|sogenannte) (?:verlinkungen|links) handelt es sich um (?:affiliate|werbe)',
  'enthält (?:\\S+ )?(?:affiliate|provisions|werbe)-?links', '(?:wir|ich) (?:erhalten|bekommen) (?:ggf\\. |gegebenenfalls |unter umständen |eventuell )?(?:eine )?(?:kleine )?provision',
  'contient des liens (?:d[’\']affiliation|affiliés|sponsorisés)', '(?:nous|je) (?:pouvons |pourrions |peux |pourrais )?(?:percevoir|toucher|recevoir|gagner) une (?:petite )?commission',
  'contiene enlaces (?:de afiliad[oa]s|patrocinados)', '(?:podemos|puedo|podríamos|recibimos|recibo) (?:recibir |ganar |obtener )?una (?:pequeña )?comisión',
  'contém links (?:de afiliad[oa]s|patrocinados)', '(?:podemos|posso|poderemos|recebemos|recebo) (?:receber |ganhar )?uma (?:pequena )?comissão',
  'contiene link (?:di affiliazione|affiliati|sponsorizzati)', '(?:potremmo|possiamo|potrei|posso|riceviamo|ricevo) (?:ricevere |guadagnare |percepire )?una (?:piccola )?commissione',
  'bevat (?:affiliate(?:-| )links|advertenties)', '(?:wij|we|ik) (?:kunnen |kan |ontvangen |verdienen )(?:\\S+ )?een (?:kleine )?commissie',
  'zawiera linki (?:afiliacyjne|partnerskie)', '(?:możemy|mogę|otrzymujemy|otrzymuję) (?:otrzymać )?(?:niewielką |małą )?prowizję',
]);
const AD_DISCLOSURE_REASON = 'Advertising disclosure';
/** Publisher disclaimers under contributed pieces ("… is not responsible for the opinions … presented by contributors"). */
const OPINION_DISCLAIMER = phraseRegex([
  'not responsible for the (?:opinions|views|statements)', 'views expressed (?:here |in this (?:article|post|column) )?are (?:those of the author|the author[’\']s own|solely)',
  'gibt (?:ausschließlich |allein )?die meinung de[rs] (?:autors|autorin|verfasser\\w*) wieder', 'n[’\']engagent? que (?:son|leur)s? auteurs?', 'no (?:refleja|representa) (?:necesariamente )?la opinión de',
  'não (?:reflete|representa) (?:necessariamente )?a opinião d', 'non (?:riflette|rappresenta) (?:necessariamente )?(?:l[’\']opinione|il punto di vista) d', 'weerspiegel(?:t|en) niet (?:noodzakelijk(?:erwijs)? )?de mening van',
  'nie (?:odzwierciedla|musi odzwierciedlać) (?:poglądów|stanowiska) redakcji',
]);
/** Rights lines printed under the story ("This article is the copyrighted property of…"). */
const RIGHTS_NOTICE = phraseRegex(['all rights reserved', 'copyrighted property', 'may not be (?:re)?published', 'alle rechte vorbehalten', 'tous droits réservés', 'todos los derechos reservados', 'todos os direitos reservados', 'tutti i diritti riservati', 'alle rechten voorbehouden', 'wszelkie prawa zastrzeżone']);
/**
 * A filing line printed by the CMS, not the writer: "Kategorie: News", "Category : Press Releases",
 * optionally after the date it sits next to ("News date : 04/21/2022 Category : …"). The label
 * must open the block and be set off by a colon; the whole block stays a few words
 * ("Category: the jury's choice surprised…" is prose).
 */
const FILING_LINE = new RegExp(`^(?:(?:\\p{L}+ ){0,2}\\p{L}+\\s*:\\s*)?(?:[\\d.:/,\\s–-]+)?(?:${[
  'categor(?:y|ies)', 'filed under', 'posted in', 'kategorien?', 'rubriken?', 'abgelegt (?:unter|in)', 'catégories?', 'rubriques?', 'classé dans',
  'categorías?', 'archivado en', 'categorias?', 'arquivado em', 'categori[ae]', 'categorieën', 'kategori[ae]', 'działy?',
].join('|')})\\s*:\\s*\\S`, 'iu');
const MAX_FILING_LINE_WORDS = 8;
const PROMPT_MARKERS = new Set(['ad', 'ads', 'advert', 'advertisement', 'sponsored', 'comments', 'republish', 'podcast', 'apppromo']);
const PROMPT_LINKS = new Set(['comments', 'comment', 'respond', 'disqus', 'republish', 'podcasts', 'podcast', 'app', 'apps', 'itunes', 'spotify']);

/** Podcast and app plugs, exported so the newsletter rule leaves "subscribe to our podcast" to this one. */
export function isPodcastOrAppPlug(text: string): boolean {
  return LISTEN_OR_DOWNLOAD.test(text) && PODCAST_OR_APP.test(text);
}

/**
 * "Read also: <link>": the label stands alone, or is set off by a colon, bar or dash, or what
 * follows it is mostly link text. "Related to this, the council…" is a sentence, not a label.
 */
function isLabelledLink(element: Element, text: string, label: string): boolean {
  const rest = text.slice(label.length).trim();
  if (rest.length <= 2) return true;
  const linkTexts = descendantsNamed(element, 'a').map((a) => (a.textContent ?? '').trim());
  const linkChars = linkTexts.reduce((sum, t) => sum + t.length, 0);
  if (linkChars === 0) return false;
  if (/^[:|–—>»›-]/u.test(rest)) return true;
  // Without a separator the link must be a story's title, not a one-word tool link: a wiki's
  // "See also [edit]" section heading links "edit".
  return linkChars >= rest.length * 0.6 && linkTexts.some((t) => countWords(t) >= 2);
}

/** A link or a button, not a heading that says the same words above a list of resources. */
function isControl(element: Element, text: string): boolean {
  if (element.localName === 'a' || element.localName === 'button' || element.getAttribute('role') === 'button') return true;
  if (/^h[1-6]$/.test(element.localName)) return false;
  if (hasDescendantNamed(element, 'button')) return true;
  return linkTextLength(element) >= text.trim().length * 0.8;
}

function judgePrompt(block: TextBlock, root: Element): string | null {
  const { text, words, element } = block;
  // A caption that is nothing but "Advertisement" labels an ad, not a picture (tables and code stay protected).
  if (words <= 12 && AD_LABEL.test(text) && !closestNamed(element, 'table', 'pre', 'code')) return 'Advertising label';
  // The protection guards walk the block's ancestors: asked only of the few blocks that read as a prompt.
  const reason = promptWording(block);
  if (!reason) return null;
  // "Disclosure: …" opens an editor's note too; an affiliate disclosure is the shop's, not the record's.
  const isProtected = reason === AD_DISCLOSURE_REASON ? isProtectedByPlace : isProtectedBlock;
  return isProtected(block, root) ? null : reason;
}

/** The kind of prompt the block's wording makes it, before the protection guards. */
function promptWording(block: TextBlock): string | null {
  const { text, words, element } = block;
  if (words <= 12 && (READING_TIME.test(text) || LOAD_MORE.test(text) || RATING_WIDGET.test(text) || DOWNLOAD_AS_PDF.test(text))) return 'Page widget label';
  if (words <= 8 && BACK_LINK.test(text) && hasDescendantNamed(element, 'a')) return '“Back to the list” link';
  if (words <= 8 && CTA_BUTTON.test(text) && isControl(element, text)) return 'Call-to-action button';
  if (words <= 40 && AD_DISCLOSURE.test(text)) return AD_DISCLOSURE_REASON;
  if (words <= 8 && COMMENT_LABEL.test(text)) return 'Comment prompt';
  if (words <= 40 && COMMENT_SENTENCE.test(text)) return 'Comment prompt';
  const label = READ_ALSO_LABEL.exec(text);
  if (label && words <= 30 && isLabelledLink(element, text, label[0])) return `“${label[0].trim()}” link`;
  // A plug opens a sentence with the ask ("Listen to…", "Get the app") or names the publisher's
  // own show or app ("our podcast"); "apps that you install… listen to music" does neither.
  const addressed = () => PUBLISHER_OWN.test(text) || text.split(SENTENCE_END).some((sentence) => (LISTEN_OR_DOWNLOAD.exec(sentence)?.index ?? Infinity) <= 2);
  if (words <= 50 && addressed() && isPodcastOrAppPlug(text) && !isQuotedSpeech(text) && (words <= 30 || findLinkToken(element, PROMPT_LINKS))) return 'Podcast or app plug';
  if (words <= 60 && REPUBLISH.test(text)) return 'Republishing notice';
  if (words <= 40 && RIGHTS_NOTICE.test(text)) return 'Copyright notice';
  if (words <= 40 && OPINION_DISCLAIMER.test(text) && !isQuotedSpeech(text)) return 'Publisher’s disclaimer';
  if (words <= MAX_FILING_LINE_WORDS && FILING_LINE.test(text)) return 'Category line';
  return null;
}

export default defineRule({
  id: 'engagement-prompts',
  kind: 'prompt',
  phase: 'post',
  summary: 'Removes comment prompts, “read also” links, podcast and app plugs, republish and copyright notices, category lines, ad labels, call-to-action buttons (“Book now”, “Learn more”), and reading-time, “load more”, “back to the list” and rating labels.',
  collect(root) {
    const blocks = collectTextBlocks(root);
    const flagged = new Map<Element, string>();
    for (const block of blocks) {
      const reason = judgePrompt(block, root);
      if (reason) flagged.set(block.element, reason);
    }
    return collectPromoBoxes(root, blocks, keepContentLists(flagged), { markers: PROMPT_MARKERS, maxLooseWords: 15, maxBoxWords: 60 });
  },
});
