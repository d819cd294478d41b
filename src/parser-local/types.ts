/**
 * What the local CoreNLP parser returns for one sentence (parser-local/ParseServer.java is the
 * other side of this contract). Indexes are 1-based token positions; 0 is the root.
 */

/** One token, with its basic Universal Dependencies attachment. */
export interface ParsedToken {
  /** 1-based position in the sentence. */
  i: number;
  /** The token's exact text: `sentence.slice(start, end)`. */
  word: string;
  lemma: string;
  /** Penn Treebank tag (NN, VBD, ...). */
  pos: string;
  /** Basic UD head (0 = root); -1 when the sentence was too long to parse (`parsed: false`). */
  head: number;
  /** Basic UD relation with its subtype ("nsubj:pass", "obl", "acl:relcl", "compound:prt"); "" when not parsed. */
  rel: string;
  /** UTF-16 offsets into the sentence string as sent (JavaScript string indexes). */
  start: number;
  end: number;
}

/** An enhanced++ dependency edge: relations carry their case marker ("obl:by", "nmod:of", "conj:and"). */
export interface EnhancedEdge {
  head: number;
  dep: number;
  rel: string;
}

export interface ParsedSentence {
  tokens: ParsedToken[];
  /** Enhanced++ edges, a root edge (head 0) first; empty when the sentence was not parsed. */
  enhanced: EnhancedEdge[];
  /** False for sentences over the length limit (120 tokens): tokens, lemmas and tags only. */
  parsed: boolean;
}

/** A parser the extraction pipeline holds; one answer per sentence, in the order sent. */
export interface SentenceParser {
  parse(sentences: readonly string[]): Promise<ParsedSentence[]>;
  /** Closes this client's connection (not the process behind it). Safe to call twice. */
  close(): Promise<void>;
}
