//! x87 long-double arithmetic and `%.17Lf` formatting for INCRBYFLOAT.
