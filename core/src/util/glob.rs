//! Redis glob matching (`stringmatchlen`), binary-safe, with its quirks.
