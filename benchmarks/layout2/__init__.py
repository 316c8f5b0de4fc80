"""A second layout program for the segmentation validation set, written apart from `benchmarks.layout`.

It draws on the same real texts (`benchmarks.layout.stories`) but decides every convention of the
printed page itself, so a segmenter tuned on one program can be checked on the other.
"""
