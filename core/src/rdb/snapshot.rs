//! The background snapshot: a point-in-time RDB image taken without fork and without
//! stopping the world.
