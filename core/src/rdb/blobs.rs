//! Decoders of the packed blobs RDB values embed: zipmap (2.x hashes), ziplist
//! (lists, hashes and sorted sets up to 6.2), intset and listpack (7.0+), each
//! validated against its own header and bounded by the blob's length.
