"""From a raw page file to articles: decode, clean OCR spacing, read bylines, segment."""
