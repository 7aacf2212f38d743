import * as Y from 'yjs';
import { readLanguages } from './languages/languagesLayout.ts';
import { treatyNodeFromElement } from './schema/treatyNodeFromFragment.ts';
import { EMPTY_CLAUSE_TAGS, readTreatyTags } from './tags/readTreatyTags.ts';
import type { Party } from './tags/tagSchemas.ts';
import { clauseFromNode } from './treatyFromNode.ts';
import { CLAUSE_ID_ATTR, TREATY_FRAGMENT, TreatyNode } from './treatyLayout.ts';
import type { ClauseJSON } from './treatyModel.ts';

/**
 * The clauses of `doc` whose ids are in `ids`, read like `treatyFromYDoc`
 * reads them (text, tags, number by position), without converting the rest
 * of the text: what the server does on a commit that touched a few articles
 * of a long treaty. Ids not in the text are left out. Writes nothing.
 */
export function clausesFromYDoc(
  doc: Y.Doc,
  ids: ReadonlySet<string>,
): { clauses: ClauseJSON[]; parties: Party[] } {
  const tags = readTreatyTags(doc);
  const languages = readLanguages(doc);
  const clauses: ClauseJSON[] = [];
  let number = 0;
  for (const child of doc.getXmlFragment(TREATY_FRAGMENT).toArray()) {
    if (!(child instanceof Y.XmlElement) || child.nodeName !== TreatyNode.clause) continue;
    number += 1;
    const clauseId = child.getAttribute(CLAUSE_ID_ATTR);
    if (typeof clauseId !== 'string' || !ids.has(clauseId)) continue;
    const node = treatyNodeFromElement(child);
    if (node)
      clauses.push({
        ...clauseFromNode(node, number, { languages }),
        ...(tags.byClause.get(clauseId) ?? EMPTY_CLAUSE_TAGS),
      });
  }
  return { clauses, parties: tags.parties };
}
