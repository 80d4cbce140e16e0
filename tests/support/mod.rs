//! Shared test support (see tests/README).
