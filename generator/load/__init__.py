"""Load stage: files on disk → parsed values with positions → validated models."""
