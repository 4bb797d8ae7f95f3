//! The hash of the word table, shared by `build.rs`, which lays the table out
//! when the binary is built, and `language.rs`, which looks words up in it:
//! eight bytes of a word at a time, for the short words of the lexicons.

/// A 64-bit hash of a word's bytes.
pub fn word_hash(word: &[u8]) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut hash = word.len() as u64;
    let mut chunks = word.chunks_exact(8);
    for c in &mut chunks {
        let eight = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        hash = (hash ^ eight).wrapping_mul(K).rotate_left(29);
    }
    let rest = chunks
        .remainder()
        .iter()
        .rev()
        .fold(0u64, |acc, b| acc << 8 | u64::from(*b));
    hash = (hash ^ rest).wrapping_mul(K);
    hash ^ (hash >> 29)
}

/// The slot a hash starts probing at in a table of `1 << bits` slots.
pub fn first_slot(hash: u64, bits: u32) -> usize {
    (hash >> (64 - bits)) as usize
}

/// What a slot holds: an entry's position plus one in its low `index_bits`,
/// and above them as many bits of the word's hash, so that a probe passes
/// most other words without reading their entries.
pub fn slot_value(hash: u64, position: usize, index_bits: u32) -> u32 {
    (hash as u32) << index_bits | position as u32
}
