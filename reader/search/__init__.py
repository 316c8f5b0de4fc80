"""Full-text search over articles: text folding, query syntax, the index, ranking and snippets."""
