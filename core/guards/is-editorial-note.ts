import { phraseRegex } from '../text/phrases';

/**
 * Keeps the newsroom's notes to the reader: editor's notes, corrections, updates, partnership and
 * series notes. They sit at the end, are short and talk about "this story", exactly like a promo,
 * but they are part of the record (appeals-dev has one of each kind).
 */
const NOTE_OPENING = new RegExp(
  `^\\W*(?:${[
    "editor[’']?s note", 'note', 'correction', 'clarification', 'update[d]?', 'disclosure', // en
    'anmerkung der redaktion', 'hinweis der redaktion', 'korrektur', 'richtigstellung', 'aktualisierung', 'transparenzhinweis', // de
    'note de la rédaction', 'n\\.d\\.l\\.r', 'rectificatif', 'correctif', 'mise à jour', // fr
    'nota del editor', 'nota de la redacción', 'fe de errores', 'corrección', 'actualización', // es
    'nota do editor', 'nota da redação', 'correção', 'atualização', 'errata', // pt
    'nota della redazione', 'nota dell[’\']editore', 'rettifica', 'aggiornamento', // it
    'noot van de redactie', 'correctie', 'rectificatie', 'update', // nl
    'od redakcji', 'nota redakcyjna', 'sprostowanie', 'aktualizacja', 'korekta', // pl
  ].join('|')})\\b`,
  'iu',
);
/** "This story was produced in partnership with…", "part of our series…", in each language. */
const PARTNERSHIP_OR_SERIES = phraseRegex([
  'in partnership with', 'in collaboration with', 'is part of', 'part of a series', 'this (?:story|article|report) (?:was|has been|is being) (?:updated|corrected|amended|produced|co-?published|reported|written|edited|funded|supported|made possible)', 'this (?:story|article|report) is (?:part of|a collaboration|co-?published|produced|being updated)', 'an earlier version of this',
  'in Zusammenarbeit mit', 'in Kooperation mit', 'Teil der Serie', 'Teil unserer Serie', 'in einer früheren Version',
  'en partenariat avec', 'dans le cadre d[’\']un partenariat', 'fait partie de (?:la|notre) série', 'cet article a été', 'une version précédente',
  'en colaboración con', 'en alianza con', 'forma parte de (?:la|nuestra) serie', 'este artículo (?:fue|ha sido)', 'una versión anterior',
  'em parceria com', 'faz parte da série', 'esta reportagem', 'uma versão anterior',
  'in collaborazione con', 'fa parte della serie', 'questo articolo è stato', 'una versione precedente',
  'in samenwerking met', 'maakt deel uit van', 'dit artikel is (?:bijgewerkt|aangepast|gecorrigeerd|tot stand gekomen|onderdeel)', 'een eerdere versie',
  'we współpracy z', 'jest częścią cyklu', 'artykuł powstał', 'wcześniejszej wersji',
]);

export function isEditorialNote(text: string): boolean {
  if (text.length > 600) return false;
  return NOTE_OPENING.test(text) && /[:.—–-]/u.test(text.slice(0, 40)) || PARTNERSHIP_OR_SERIES.test(text);
}
