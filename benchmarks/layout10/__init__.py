"""layout10: a blind layout program for the segmentation validation set (see README.md)."""
