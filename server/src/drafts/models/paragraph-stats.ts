/** Comment counts of a paragraph: comments (not counting officials' answers) and how many got an answer. */
export interface ParagraphStats {
  paragraphId: string;
  commentCount: number;
  answeredCount: number;
}
