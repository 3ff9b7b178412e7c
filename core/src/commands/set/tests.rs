//! Set command tests.
