import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJSON } from '../canonicalJSON.ts';
import { clauseTextsOf } from '../languages/clauseTexts.ts';
import type { ClauseJSON, ClauseLanguageText } from '../treatyModel.ts';

/** Hex SHA-256 of a UTF-8 string; synchronous, so the browser and the server compute it alike. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * What a sign-off binds to: a clause's text in every language and its tags,
 * not its position (a renumbering does not change what was agreed) and not
 * incidental ids or insertion order of its commitments. The treaty's first
 * language stands where a single-language treaty's text always stood, so
 * sign-offs given before language versions stay current; each other language
 * is under `translations`, so an edit in any one of them voids the sign-off.
 */
export function clauseContent(clause: ClauseJSON) {
  const [[, primary], ...others] = [...clauseTextsOf(clause, clause.lang)] as [
    [string, ClauseLanguageText],
    ...[string, ClauseLanguageText][],
  ];
  return {
    heading: primary.heading,
    body: primary.body,
    ...(others.length > 0
      ? {
          translations: Object.fromEntries(
            others.map(([lang, { heading, body }]) => [lang, { heading, body }]),
          ),
        }
      : {}),
    domains: [...clause.domains].sort(),
    threshold: clause.threshold,
    commitments: clause.commitments.map(({ id: _id, ...commitment }) => canonicalJSON(commitment)).sort(),
  };
}

/** SHA-256 of the clause's canonical content (text + tags). */
export function clauseContentHash(clause: ClauseJSON): string {
  return sha256Hex(canonicalJSON(clauseContent(clause)));
}
