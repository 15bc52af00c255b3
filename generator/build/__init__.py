"""Build stage: write the build tree and run MkDocs; the only stage that touches the disk."""
