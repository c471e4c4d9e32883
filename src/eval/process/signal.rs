//! The state of a `4D.Signal` (docs/API/SignalClass.md): whether it was
//! triggered. The signal object (a shared object of class `Signal`) carries
//! it as its native data, so every process holding the object sees one state.

use std::cell::Cell;

/// Whether a signal was triggered; once set it stays set ("it cannot be
/// reused again").
#[derive(Debug, Default)]
pub struct SignalCell {
    signaled: Cell<bool>,
}

impl SignalCell {
    pub fn signaled(&self) -> bool {
        self.signaled.get()
    }

    /// `.trigger()`: sets it (nothing when it is set already).
    pub fn trigger(&self) {
        self.signaled.set(true);
    }
}
