/** A phrase a material-change detector found: what it means (`key`) and how the text wrote it. */
export interface TextMention {
  /** Equal keys mean the same thing: a change from one to another is not material. */
  key: string;
  words: string;
}
