//! The hash of the word table, shared by `build.rs`, which lays the table out
//! when the binary is built, and `language.rs`, which looks words up in it:
//! eight bytes of a word at a time, for the short words of the lexicons.
//!
//! The table is indexed by a perfect hash (as CHD and PTHash do it): a word's
//! hash picks a bucket, the bucket's pilot (found when the table is built)
//! turns the hash into the word's place, and no two words of the table share
//! a place. A look-up reads the small pilots and a byte of fingerprint, both
//! mostly in cache, and then only the one record that may be the word.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// A 64-bit hash of a word's bytes.
pub fn word_hash(word: &[u8]) -> u64 {
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

/// `x` (32 bits) scaled into `0..n` without a division.
fn scaled(x: u64, n: usize) -> usize {
    (((x & 0xFFFF_FFFF) * n as u64) >> 32) as usize
}

/// The bucket of a hash among `buckets`.
pub fn bucket(hash: u64, buckets: usize) -> usize {
    scaled(hash, buckets)
}

/// The place among `places` that `pilot` gives a hash.
pub fn place(hash: u64, pilot: u16, places: usize) -> usize {
    let mixed = (hash ^ u64::from(pilot).wrapping_mul(K)).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    scaled(mixed >> 32, places)
}

/// A byte of the hash that neither the bucket nor the place is taken from
/// alone, never 0 (an empty place's): a look-up compares it before it reads
/// a record.
pub fn fingerprint(hash: u64) -> u8 {
    ((hash >> 56) as u8).max(1)
}
