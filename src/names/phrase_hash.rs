// The phrase tables' hash. Included both by `build.rs` (which lays out the
// builtin phrase table's slots) and by `src/names/phrase.rs` (whose lexer
// probes them and whose `FxHasher` uses it), so the two hash alike.

/// Folds `bytes` into `hash`: rustc's FxHash multiply-rotate over
/// little-endian 8-byte words, the last one padded and tagged with its length.
#[inline]
fn fx_fold(mut hash: u64, bytes: &[u8]) -> u64 {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let add = |hash: u64, word: u64| (hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        hash = add(hash, u64::from_le_bytes(b));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        hash = add(hash, u64::from_le_bytes(b) ^ ((rest.len() as u64) << 59));
    }
    hash
}

/// The slot where the builtin phrase table's probe for `key` starts, in a
/// table of `1 << bits` slots (the high bits: a multiplicative hash mixes them best).
#[inline]
fn builtin_slot(key: &str, bits: u32) -> usize {
    (fx_fold(0, key.as_bytes()) >> (64 - bits)) as usize
}
